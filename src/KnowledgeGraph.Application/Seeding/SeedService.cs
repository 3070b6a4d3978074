using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange.Seeds;

namespace KnowledgeGraph.Application.Seeding;

/// <summary>
/// Validates the graph-seeds directory and loads it into the store in one import session. Seeding is an upsert:
/// running it twice changes nothing, and invalid seeds load nothing. Items removed from the seeds are not deleted.
/// </summary>
public sealed class SeedService(IGraphStore store)
{
    public const string DefaultDirectory = "graph-seeds";

    private const int BatchSize = 500;

    /// <summary>Reads and validates the seeds without touching the store.</summary>
    public SeedLoadResult Validate(string directory) => SeedLoader.Load(directory);

    /// <summary>Validates, then loads the seeds; the outcome carries every problem when they are invalid.</summary>
    public async Task<SeedOutcome> SeedAsync(string directory, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var load = SeedLoader.Load(directory);
        if (!load.IsValid)
        {
            return new SeedOutcome(load, null);
        }

        var total = load.Nodes.Count + load.Relationships.Count;
        var done = 0;
        progress?.Report(new SeedProgress(done, total));
        await using var session = await store.BeginImportAsync(cancellationToken);
        foreach (var batch in load.Nodes.Chunk(BatchSize))
        {
            await session.AddNodesAsync(batch, cancellationToken);
            progress?.Report(new SeedProgress(done += batch.Length, total));
        }

        foreach (var batch in load.Relationships.Chunk(BatchSize))
        {
            await session.AddRelationshipsAsync(batch, cancellationToken);
            progress?.Report(new SeedProgress(done += batch.Length, total));
        }

        var write = await session.CommitAsync(cancellationToken);
        return new SeedOutcome(load, write);
    }

    /// <summary>
    /// Seeds only when the store holds no node (first start of a fresh database); returns null when it already had data.
    /// Meant for host start-up: the caller decides whether invalid seeds (<see cref="SeedOutcome.IsValid"/> false) stop it.
    /// </summary>
    public async Task<SeedOutcome?> SeedIfEmptyAsync(string directory = DefaultDirectory, CancellationToken cancellationToken = default)
    {
        await store.InitializeAsync(cancellationToken);
        var stats = await store.GetStatsAsync(cancellationToken);
        return stats.NodeCount > 0 ? null : await SeedAsync(directory, progress: null, cancellationToken);
    }
}
