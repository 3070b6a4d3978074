using KnowledgeGraph.Analytics.Interoperability;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>
/// Bottlenecks and paths before and after a what-if change. <see cref="RankChanges"/> covers every node in either
/// top list whose rank changed. A path is identified by its node sequence: broken paths existed before and not after,
/// new paths the other way round.
/// </summary>
public sealed record WhatIfResult(
    IReadOnlyList<BottleneckRow> BottlenecksBefore,
    IReadOnlyList<BottleneckRow> BottlenecksAfter,
    IReadOnlyList<RankChange> RankChanges,
    IReadOnlyList<InteroperabilityPath> PathsBefore,
    IReadOnlyList<InteroperabilityPath> PathsAfter,
    IReadOnlyList<InteroperabilityPath> BrokenPaths,
    IReadOnlyList<InteroperabilityPath> NewPaths);
