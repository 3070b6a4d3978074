using KnowledgeGraph.Analytics.Coordination;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>The coordination network on a date (the one asked for, or today): its nodes and its costed, explained links.</summary>
public sealed record CoordinationNetworkResult(DateOnly AsOf, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<CoordinationLinkInfo> Links);
