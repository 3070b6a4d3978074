namespace KnowledgeGraph.Application.Analysis;

/// <summary>How a node's bottleneck rank moved; a null rank means the node is not in the network on that side.</summary>
public sealed record RankChange(string NodeId, int? RankBefore, int? RankAfter, double? BetweennessBefore, double? BetweennessAfter);
