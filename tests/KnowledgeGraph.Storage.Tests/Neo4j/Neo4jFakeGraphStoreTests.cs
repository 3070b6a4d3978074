using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The store contract against the Neo4j store talking HTTP to the in-process Query API fake. The fake executes only the
/// store's own statement templates (see <c>FakeCypherInterpreter</c>): this run checks the store's logic, protocol and
/// parameterisation end to end; <see cref="Neo4jLiveGraphStoreTests"/> checks the Cypher against a real server.
/// </summary>
public sealed class Neo4jFakeGraphStoreTests : GraphStoreContractTests
{
    private FakeStoreHarness? _harness;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        _harness = await FakeStoreHarness.StartAsync(o => o.BatchSize = 7, initialize: false);
        return _harness.Store;
    }

    protected override async Task DisposeStoreAsync(IGraphStore store)
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
