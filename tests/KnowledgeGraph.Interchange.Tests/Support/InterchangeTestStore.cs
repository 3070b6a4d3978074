using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Interchange.Tests.Support;

/// <summary>
/// A small in-memory <see cref="IGraphStore"/> with the import-session semantics the interchange code relies on
/// (all-or-nothing commit, unknown ends rejected, created/updated/unchanged counts). Only what the tests call is implemented.
/// </summary>
public sealed class InterchangeTestStore : IGraphStore
{
    private readonly SortedDictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Relationship> _relationships = new(StringComparer.Ordinal);
    private long _revision;

    public int SessionsDisposedWithoutCommit { get; private set; }

    /// <summary>When set, a session throws it from every <see cref="IGraphImportSession.AddRelationshipsAsync"/>.</summary>
    public Exception? RelationshipFailure { get; set; }

    public IReadOnlyCollection<Node> Nodes => _nodes.Values;

    public IReadOnlyCollection<Relationship> Relationships => _relationships.Values;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(_revision);

    public Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(_nodes.GetValueOrDefault(id));

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Node>>([.. ids.Order(StringComparer.Ordinal).Select(_nodes.GetValueOrDefault).OfType<Node>()]);

    public Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Node>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_relationships.GetValueOrDefault(id));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public async IAsyncEnumerable<Node> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var node in _nodes.Values.ToList())
        {
            await Task.Yield();
            yield return node;
        }
    }

    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var relationship in _relationships.Values.ToList())
        {
            await Task.Yield();
            yield return relationship;
        }
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new GraphStats(
            _nodes.Values.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => (long)g.Count()),
            _relationships.Values.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => (long)g.Count())));

    public Task<WriteResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IGraphImportSession> BeginImportAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IGraphImportSession>(new Session(this));

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private sealed class Session(InterchangeTestStore store) : IGraphImportSession
    {
        private readonly List<Node> _nodes = [];
        private readonly List<Relationship> _relationships = [];
        private bool _committed;

        public Task AddNodesAsync(IReadOnlyList<Node> nodes, CancellationToken cancellationToken = default)
        {
            _nodes.AddRange(nodes);
            return Task.CompletedTask;
        }

        public Task AddRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken = default)
        {
            if (store.RelationshipFailure is { } failure)
            {
                return Task.FromException(failure);
            }

            var known = store._nodes.Keys.Concat(_nodes.Select(n => n.Id)).ToHashSet(StringComparer.Ordinal);
            if (relationships.FirstOrDefault(r => !known.Contains(r.From) || !known.Contains(r.To)) is { } bad)
            {
                throw new GraphStoreException(GraphStoreCodes.UnknownReference, $"relationship '{bad.Id}' has an unknown end", bad.Id);
            }

            _relationships.AddRange(relationships);
            return Task.CompletedTask;
        }

        public Task<WriteResult> CommitAsync(CancellationToken cancellationToken = default)
        {
            _committed = true;
            var (nc, nu, nn) = Upsert(store._nodes, _nodes, n => n.Id);
            var (rc, ru, rn) = Upsert(store._relationships, _relationships, r => r.Id);
            if (nc + nu + rc + ru > 0)
            {
                store._revision++;
            }

            return Task.FromResult(new WriteResult(nc, nu, nn, 0, rc, ru, rn, 0, store._revision));
        }

        public ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                store.SessionsDisposedWithoutCommit++;
            }

            return ValueTask.CompletedTask;
        }

        private static (int Created, int Updated, int Unchanged) Upsert<T>(SortedDictionary<string, T> target, List<T> items, Func<T, string> idOf)
            where T : class
        {
            int created = 0, updated = 0, unchanged = 0;
            foreach (var item in items)
            {
                if (!target.TryGetValue(idOf(item), out var old))
                {
                    created++;
                }
                else if (old.Equals(item))
                {
                    unchanged++;
                }
                else
                {
                    updated++;
                }

                target[idOf(item)] = item;
            }

            return (created, updated, unchanged);
        }
    }
}
