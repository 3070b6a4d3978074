namespace KnowledgeGraph.Core.Storage;

/// <summary>What a write did. Unchanged counts upserts that matched the stored item exactly.</summary>
public sealed record WriteResult(
    int NodesCreated,
    int NodesUpdated,
    int NodesUnchanged,
    int NodesDeleted,
    int RelationshipsCreated,
    int RelationshipsUpdated,
    int RelationshipsUnchanged,
    int RelationshipsDeleted,
    long Revision)
{
    public bool ChangedAnything =>
        NodesCreated + NodesUpdated + NodesDeleted + RelationshipsCreated + RelationshipsUpdated + RelationshipsDeleted > 0;
}
