using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange.Seeds;

namespace KnowledgeGraph.Application.Seeding;

/// <summary>What a seed run found and did: the loader's result and, when the seeds were valid, what the store wrote.</summary>
public sealed record SeedOutcome(SeedLoadResult Load, WriteResult? Write)
{
    public bool IsValid => Load.IsValid;

    public int Created => Write is null ? 0 : Write.NodesCreated + Write.RelationshipsCreated;

    public int Updated => Write is null ? 0 : Write.NodesUpdated + Write.RelationshipsUpdated;

    public int Unchanged => Write is null ? 0 : Write.NodesUnchanged + Write.RelationshipsUnchanged;
}
