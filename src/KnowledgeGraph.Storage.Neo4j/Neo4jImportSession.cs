using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>An all-or-nothing bulk load: every batch goes into one explicit transaction, committed by <see cref="CommitAsync"/>.</summary>
internal sealed class Neo4jImportSession(Neo4jGraphWriter writer) : IGraphImportSession
{
    private bool _done;

    public Task AddNodesAsync(IReadOnlyList<Node> nodes, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return writer.UpsertNodesAsync(nodes, cancellationToken);
    }

    public Task AddRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        return writer.UpsertRelationshipsAsync(relationships, cancellationToken);
    }

    public async Task<WriteResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        _done = true;
        return await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _done = true;
        return writer.DisposeAsync();
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_done, this);
}
