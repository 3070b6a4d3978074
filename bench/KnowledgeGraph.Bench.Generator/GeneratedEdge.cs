namespace KnowledgeGraph.Bench.Generator;

/// <summary>An edge from a new node to an older one (node indexes) with its weight in (0, 1].</summary>
public readonly record struct GeneratedEdge(int From, int To, double Weight);
