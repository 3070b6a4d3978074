using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// One open Query API transaction (<c>/query/v2/tx/{id}</c>). Statements run in order; <see cref="CommitAsync"/> makes them
/// visible; disposing without commit rolls back (<c>DELETE</c>). The <c>neo4j-cluster-affinity</c> header of the begin
/// response is echoed on every later call so that a cluster routes them to the member holding the transaction.
/// </summary>
internal sealed class ExplicitTransaction : IAsyncDisposable
{
    private readonly QueryApiClient _client;
    private bool _finished;

    public ExplicitTransaction(QueryApiClient client, string id, string? clusterAffinity)
    {
        _client = client;
        Id = id;
        ClusterAffinity = clusterAffinity;
    }

    public string Id { get; }

    public string? ClusterAffinity { get; }

    public bool IsOpen => !_finished;

    public async Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        EnsureOpen();
        try
        {
            var result = await _client.RunInTransactionAsync(this, statement, cancellationToken).ConfigureAwait(false);
            if (result.TransactionId is null)
            {
                // The server answers without "transaction" when it has closed it (usually after an error).
                _finished = true;
                throw new Neo4jQueryException(
                    Core.Storage.GraphStoreCodes.Unavailable,
                    $"Neo4j closed transaction {Id} unexpectedly; nothing of it was committed.");
            }

            return result;
        }
        catch (Neo4jQueryException)
        {
            // Any error inside an explicit transaction makes Neo4j roll it back and forget it.
            _finished = true;
            throw;
        }
    }

    public async Task<QueryResult> CommitAsync(CancellationToken cancellationToken)
    {
        EnsureOpen();
        _finished = true;
        return await _client.CommitAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await _client.RollbackAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Neo4jQueryException)
        {
            // The server forgets an abandoned transaction after its idle time-out anyway.
        }
    }

    private void EnsureOpen()
    {
        if (_finished)
        {
            throw new InvalidOperationException($"Transaction {Id} is already committed or rolled back.");
        }
    }
}
