using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Relationships touching any of <see cref="NodeIds"/> (one batched call for many nodes), optionally restricted by type
/// and direction. Results are ordered by relationship id.
/// </summary>
public sealed record RelationshipQuery(IReadOnlyCollection<string> NodeIds, Direction Direction = Direction.Both)
{
    public IReadOnlyCollection<RelationshipType>? Types { get; init; }
}
