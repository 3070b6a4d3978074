using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Tests.Embedded;

public sealed class EmbeddedStoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AddEmbeddedGraphStore_RegistersOneStoreForBothInterfaces_AtTheConfiguredPath()
    {
        var path = _directory.File("di", "kg.db");
        var services = new ServiceCollection().AddEmbeddedGraphStore(o => o.Path = path);

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IGraphStore>();
            var maintenance = provider.GetRequiredService<IEmbeddedStoreMaintenance>();

            maintenance.ShouldBeSameAs(store);
            maintenance.DatabasePath.ShouldBe(Path.GetFullPath(path));
            (await store.GetStatsAsync()).NodeCount.ShouldBe(0);
        }

        File.Exists(path).ShouldBeTrue();
    }

    [Fact]
    public void AddEmbeddedGraphStore_DefaultsToTheDataFolder()
    {
        using var provider = new ServiceCollection().AddEmbeddedGraphStore().BuildServiceProvider();

        provider.GetRequiredService<IOptions<EmbeddedStoreOptions>>().Value.Path.ShouldBe("data/knowledge-graph.db");
        EmbeddedStoreOptions.DefaultPath.ShouldBe("data/knowledge-graph.db");
    }
}
