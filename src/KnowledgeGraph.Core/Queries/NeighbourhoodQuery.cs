using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>Nodes within <see cref="Depth"/> hops of <see cref="Id"/> over the given types and direction, with the relationships among them.</summary>
public sealed record NeighbourhoodQuery(string Id, int Depth = 1, Direction Direction = Direction.Both)
{
    public IReadOnlyCollection<RelationshipType>? Types { get; init; }

    /// <summary>Stop adding nodes past this many (closest first).</summary>
    public int MaxNodes { get; init; } = 2000;
}
