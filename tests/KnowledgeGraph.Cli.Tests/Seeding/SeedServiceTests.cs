using KnowledgeGraph.Application.Seeding;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Cli.Tests.Seeding;

// SeedService is exercised here, beside the CLI that uses it, against the real embedded store and the real seeds.
public sealed class SeedServiceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SeedsAnEmptyStoreOnceAndLeavesAFilledOneAlone()
    {
        var store = EmbeddedGraphStore.Open(_dir.File("kg.db"));
        try
        {
            var service = new SeedService(store);

            var first = await service.SeedIfEmptyAsync(TestPaths.RealSeeds);
            var second = await service.SeedIfEmptyAsync(TestPaths.RealSeeds);

            first.ShouldNotBeNull();
            first.IsValid.ShouldBeTrue();
            first.Created.ShouldBe(first.Load.Nodes.Count + first.Load.Relationships.Count);
            second.ShouldBeNull();
            (await store.GetStatsAsync()).NodeCount.ShouldBe(first.Load.Nodes.Count);
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public async Task ReportsProgressUpToEveryItem()
    {
        var store = EmbeddedGraphStore.Open(_dir.File("kg.db"));
        try
        {
            var reports = new List<SeedProgress>();

            var outcome = await new SeedService(store).SeedAsync(TestPaths.RealSeeds, new ListProgress(reports));

            reports.First().Done.ShouldBe(0);
            reports.Last().Done.ShouldBe(outcome.Load.Nodes.Count + outcome.Load.Relationships.Count);
            reports.Select(r => r.Done).ShouldBeInOrder();
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }

    private sealed class ListProgress(List<SeedProgress> reports) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => reports.Add(value);
    }
}
