using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The one contract of <see cref="IGraphStore"/>, run against every store by a small subclass that only says how to
/// create one. It uses Core types and the store interface only: no SQL, no Cypher. Each test gets a fresh, empty,
/// initialised store. The parts are split by topic over partial files (writes, queries, search, traversal, import, audit).
/// A subclass that needs a live server is skipped with its reason by <c>Neo4j/Live/LiveAwareTestFramework</c>.
/// </summary>
public abstract partial class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    [Fact]
    public async Task InitializeAsync_IsIdempotent_AndKeepsData()
    {
        await Store.ApplyAsync(TestGraph.Sample);

        await Store.InitializeAsync();
        await Store.InitializeAsync();

        (await Store.GetStatsAsync()).NodeCount.ShouldBe(TestGraph.SampleNodes.Count);
    }

    [Fact]
    public async Task PingAsync_ReturnsTrue_WhenTheStoreIsUp()
    {
        (await Store.PingAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task NewStore_IsEmpty()
    {
        var stats = await Store.GetStatsAsync();

        stats.NodeCount.ShouldBe(0);
        stats.RelationshipCount.ShouldBe(0);
        (await Store.GetNodeAsync("mx-sedena")).ShouldBeNull();
    }

    /// <summary>An empty, initialised store (each test gets its own).</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Releases the store after a test; by default disposes it when it is disposable.</summary>
    protected virtual async Task DisposeStoreAsync(IGraphStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    protected async Task SeedSampleAsync() => await Store.ApplyAsync(TestGraph.Sample);

    protected static IReadOnlyList<string> Ids(NodePage page) => [.. page.Items.Select(i => i.Node.Id)];

    protected static IReadOnlyList<string> Ids(IEnumerable<Node> nodes) => [.. nodes.Select(n => n.Id)];

    protected static IReadOnlyList<string> Ids(IEnumerable<Relationship> relationships) => [.. relationships.Select(r => r.Id)];

    protected static IReadOnlyList<string> Sorted(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];

    protected static async Task<GraphStoreException> ShouldFailWithAsync(string code, Func<Task> action)
    {
        var exception = await Should.ThrowAsync<GraphStoreException>(action);
        exception.Code.ShouldBe(code);
        return exception;
    }

    protected async Task<IReadOnlyList<string>> QueryIdsAsync(NodeQuery query) => Ids(await Store.QueryNodesAsync(query with { First = query.First ?? 1000 }));
}
