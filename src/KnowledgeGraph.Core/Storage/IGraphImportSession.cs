using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// An all-or-nothing bulk load. Batches are upserted as they come (nodes before the relationships that need them);
/// nothing is visible to readers until <see cref="CommitAsync"/>; disposing without commit leaves the store as before.
/// </summary>
public interface IGraphImportSession : IAsyncDisposable
{
    Task AddNodesAsync(IReadOnlyList<Node> nodes, CancellationToken cancellationToken = default);

    Task AddRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken = default);

    /// <summary>Upserts the batch's rows as <see cref="EdgeBatch.ToRelationship"/> gives them; stores may do it without those objects.</summary>
    Task AddEdgesAsync(EdgeBatch edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return AddRelationshipsAsync(edges.ToRelationships(), cancellationToken);
    }

    Task<WriteResult> CommitAsync(CancellationToken cancellationToken = default);
}
