using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Application.Tests.Analysis;

/// <summary>
/// A test double of <see cref="IGraphStore"/> for analysis tests: nodes and relationships in dictionaries, a revision
/// that grows with each change set, and the streaming reads snapshots use. Everything else is not supported.
/// </summary>
internal sealed class InMemoryGraphStore : IGraphStore
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Relationship> _relationships = new(StringComparer.Ordinal);
    private long _revision;

    public int RevisionReads { get; private set; }

    /// <summary>Called between streaming the nodes and the relationships (to simulate a concurrent write).</summary>
    public Action? BetweenReads { get; set; }

    public void Add(IEnumerable<Node> nodes, IEnumerable<Relationship> relationships) =>
        ApplyAsync(new GraphChangeSet { UpsertNodes = [.. nodes], UpsertRelationships = [.. relationships] }).GetAwaiter().GetResult();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            RevisionReads++;
            return Task.FromResult(_revision);
        }
    }

    public async IAsyncEnumerable<Node> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<Node> nodes;
        lock (_lock)
        {
            nodes = [.. _nodes.Values];
        }

        foreach (var node in nodes)
        {
            await Task.Yield();
            yield return node;
        }

        BetweenReads?.Invoke();
    }

    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        List<Relationship> relationships;
        lock (_lock)
        {
            relationships = [.. _relationships.Values];
        }

        foreach (var relationship in relationships)
        {
            await Task.Yield();
            yield return relationship;
        }
    }

    public Task<WriteResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var node in changes.UpsertNodes)
            {
                _nodes[node.Id] = node;
            }

            foreach (var relationship in changes.UpsertRelationships)
            {
                _relationships[relationship.Id] = relationship;
            }

            foreach (var id in changes.DeleteRelationshipIds)
            {
                _relationships.Remove(id);
            }

            foreach (var id in changes.DeleteNodeIds)
            {
                _nodes.Remove(id);
                foreach (var r in _relationships.Values.Where(r => r.From == id || r.To == id).ToList())
                {
                    _relationships.Remove(r.Id);
                }
            }

            _revision++;
            return Task.FromResult(new WriteResult(changes.UpsertNodes.Count, 0, 0, changes.DeleteNodeIds.Count, changes.UpsertRelationships.Count, 0, 0, changes.DeleteRelationshipIds.Count, _revision));
        }
    }

    public Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Node>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IGraphImportSession> BeginImportAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
