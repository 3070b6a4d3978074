using System.Collections.Concurrent;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Wraps a store and counts the calls per method, so tests can check that queries are batched.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Count(nameof(InitializeAsync), inner.InitializeAsync(cancellationToken));

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Count(nameof(PingAsync), inner.PingAsync(cancellationToken));

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => Count(nameof(GetRevisionAsync), inner.GetRevisionAsync(cancellationToken));

    public Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => Count(nameof(GetNodeAsync), inner.GetNodeAsync(id, cancellationToken));

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetNodesAsync), inner.GetNodesAsync(ids, cancellationToken));

    public Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(QueryNodesAsync), inner.QueryNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<Node>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(SearchAsync), inner.SearchAsync(query, cancellationToken));

    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationshipAsync), inner.GetRelationshipAsync(id, cancellationToken));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationshipsAsync), inner.GetRelationshipsAsync(query, cancellationToken));

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetNeighbourhoodAsync), inner.GetNeighbourhoodAsync(query, cancellationToken));

    public IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken = default)
    {
        Bump(nameof(ReadAllNodesAsync));
        return inner.ReadAllNodesAsync(cancellationToken);
    }

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default)
    {
        Bump(nameof(ReadAllRelationshipsAsync));
        return inner.ReadAllRelationshipsAsync(cancellationToken);
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Count(nameof(GetStatsAsync), inner.GetStatsAsync(cancellationToken));

    public Task<WriteResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        Count(nameof(ApplyAsync), inner.ApplyAsync(changes, cancellationToken));

    public Task<IGraphImportSession> BeginImportAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(BeginImportAsync), inner.BeginImportAsync(cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetAuditLogAsync), inner.GetAuditLogAsync(query, cancellationToken));

    private Task<T> Count<T>(string method, Task<T> call)
    {
        Bump(method);
        return call;
    }

    private Task Count(string method, Task call)
    {
        Bump(method);
        return call;
    }

    private void Bump(string method) => _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
}
