using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>A set of nodes and the relationships between them, for drawing and export.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships)
{
    public static Subgraph Empty { get; } = new([], []);
}
