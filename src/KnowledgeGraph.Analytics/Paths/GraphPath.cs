namespace KnowledgeGraph.Analytics.Paths;

/// <summary>A path as its nodes (first to last), the edges between them (one fewer) and its total cost.</summary>
public sealed record GraphPath(IReadOnlyList<int> Nodes, IReadOnlyList<int> Edges, double Cost)
{
    public int Source => Nodes[0];

    public int Target => Nodes[^1];

    public int HopCount => Edges.Count;
}
