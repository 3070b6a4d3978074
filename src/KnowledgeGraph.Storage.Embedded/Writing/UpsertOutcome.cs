namespace KnowledgeGraph.Storage.Embedded.Writing;

/// <summary>What an upsert did to the stored item.</summary>
internal enum UpsertOutcome
{
    Created,
    Updated,
    Unchanged,
}
