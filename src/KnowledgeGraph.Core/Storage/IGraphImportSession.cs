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

    Task<WriteResult> CommitAsync(CancellationToken cancellationToken = default);
}
