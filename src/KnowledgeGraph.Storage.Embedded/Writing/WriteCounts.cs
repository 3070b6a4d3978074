using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Embedded.Writing;

/// <summary>Running counts of one write or import, turned into a <see cref="WriteResult"/> at commit.</summary>
internal sealed class WriteCounts
{
    public int NodesCreated { get; set; }

    public int NodesUpdated { get; set; }

    public int NodesUnchanged { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsUpdated { get; set; }

    public int RelationshipsUnchanged { get; set; }

    public int RelationshipsDeleted { get; set; }

    public bool ChangedAnything =>
        NodesCreated + NodesUpdated + NodesDeleted + RelationshipsCreated + RelationshipsUpdated + RelationshipsDeleted > 0;

    public WriteResult ToResult(long revision) => new(
        NodesCreated, NodesUpdated, NodesUnchanged, NodesDeleted,
        RelationshipsCreated, RelationshipsUpdated, RelationshipsUnchanged, RelationshipsDeleted,
        revision);
}
