using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>
/// What to rank: the <see cref="Top"/> rows of the given kinds (Institution and/or Mechanism; all when empty),
/// betweenness over link costs when <see cref="Weighted"/>, sampled from <see cref="Samples"/> sources with
/// <see cref="Seed"/> when set (exact otherwise), as of a date.
/// </summary>
public sealed record BottleneckQuery
{
    public const int MaxTop = 10_000;

    public int Top { get; init; } = 10;

    public IReadOnlyCollection<NodeKind> Kinds { get; init; } = [];

    public bool Weighted { get; init; }

    public int? Samples { get; init; }

    public int? Seed { get; init; }

    public DateOnly? AsOf { get; init; }
}
