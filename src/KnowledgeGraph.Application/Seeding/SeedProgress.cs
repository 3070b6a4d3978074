namespace KnowledgeGraph.Application.Seeding;

/// <summary>Items handed to the store so far out of all items of the seeds.</summary>
public readonly record struct SeedProgress(int Done, int Total);
