using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>
/// Keeps one <see cref="GraphSnapshot"/> per store revision. A reader gets the cached snapshot while the store's
/// revision is unchanged; after a write the next reader rebuilds it (one rebuild at a time) and the new snapshot
/// replaces the old in one atomic reference swap. Snapshots are immutable, so readers holding the old one finish on
/// a consistent graph. A build that saw the revision move while reading is discarded and read again, so no snapshot
/// mixes two revisions (its nodes from one write and its relationships from another).
/// </summary>
public sealed class SnapshotProvider : IDisposable
{
    private const int MaxAttempts = 5;

    private readonly IGraphStore _store;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GraphSnapshot? _current;
    private int _builds;

    public SnapshotProvider(IGraphStore store)
    {
        _store = store;
    }

    /// <summary>How many snapshots were built (for tests and diagnostics).</summary>
    public int BuildCount => Volatile.Read(ref _builds);

    /// <summary>The snapshot of the store's current revision.</summary>
    public async Task<GraphSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var revision = await _store.GetRevisionAsync(cancellationToken);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Revision == revision)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = Volatile.Read(ref _current);
            revision = await _store.GetRevisionAsync(cancellationToken);
            if (current is not null && current.Revision == revision)
            {
                return current;
            }

            for (var attempt = 1; ; attempt++)
            {
                var snapshot = await GraphSnapshotBuilder.BuildAsync(
                    revision, _store.ReadAllNodesAsync(cancellationToken), _store.ReadAllRelationshipsAsync(cancellationToken), cancellationToken);
                Interlocked.Increment(ref _builds);
                var after = await _store.GetRevisionAsync(cancellationToken);
                if (after == revision || attempt == MaxAttempts)
                {
                    // After too many moving reads, keep the last build but label it with the older revision so the next reader rebuilds.
                    Interlocked.Exchange(ref _current, snapshot);
                    return snapshot;
                }

                revision = after;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
