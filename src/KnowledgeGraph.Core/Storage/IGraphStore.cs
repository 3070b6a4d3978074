using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The one store contract. The embedded SQLite store and the Neo4j store implement it and pass the same contract
/// test suite (tests/KnowledgeGraph.Storage.Tests). Every write is atomic: it is applied whole or not at all, and
/// readers never see part of it. Values always travel as parameters, never as query text.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates or migrates the schema (tables, indexes, constraints). Idempotent; call once at start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the store answers a trivial query (readiness probe).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>A number that grows with every committed write that changed something; used to refresh snapshots.</summary>
    Task<long> GetRevisionAsync(CancellationToken cancellationToken = default);

    Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The nodes with the given ids, in one round trip; unknown ids are left out. Order is by id.</summary>
    Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Filters, sorts and pages nodes; see <see cref="NodeQuery"/>.</summary>
    Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Case- and accent-insensitive search over names, acronyms and aliases.</summary>
    Task<IReadOnlyList<Node>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Relationships touching any of the given nodes, in one round trip (the batching primitive behind GraphQL loaders).</summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default);

    /// <summary>The nodes within a depth of a node and the relationships among them.</summary>
    Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every node, ordered by id (streamed; for export and snapshots).</summary>
    IAsyncEnumerable<Node> ReadAllNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship, ordered by id (streamed; for export and snapshots).</summary>
    IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default);

    /// <summary>Counts per node kind and relationship type (kinds and types with no rows are left out).</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a change set in one transaction: node upserts, then relationship upserts, then relationship deletes,
    /// then node deletes (which also delete the node's relationships). Upserts replace the stored item whole and are
    /// idempotent. A relationship whose end does not exist fails the whole set with <see cref="GraphStoreException"/>.
    /// When <see cref="GraphChangeSet.Audit"/> is set, one audit entry per changed item is written in the same transaction.
    /// </summary>
    Task<WriteResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>Starts an all-or-nothing bulk load (CSV/JSONL imports, seeds). Disposing without commit rolls it back.</summary>
    Task<IGraphImportSession> BeginImportAsync(CancellationToken cancellationToken = default);

    /// <summary>Audit entries, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
