using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Analytics.Tests.Support.Domain;

namespace KnowledgeGraph.Application.Tests.Analysis;

public class SnapshotProviderTests
{
    [Fact]
    public async Task ReusesTheSnapshotWhileTheRevisionIsUnchanged()
    {
        var store = new InMemoryGraphStore();
        store.Add([N("a", NodeKind.Institution)], []);
        using var provider = new SnapshotProvider(store);

        var first = await provider.GetAsync();
        var second = await provider.GetAsync();

        second.ShouldBeSameAs(first);
        provider.BuildCount.ShouldBe(1);
    }

    [Fact]
    public async Task RebuildsAfterAWrite()
    {
        var store = new InMemoryGraphStore();
        store.Add([N("a", NodeKind.Institution)], []);
        using var provider = new SnapshotProvider(store);
        var before = await provider.GetAsync();

        store.Add([N("b", NodeKind.Institution)], []);
        var after = await provider.GetAsync();

        before.NodeCount.ShouldBe(1);
        after.NodeCount.ShouldBe(2);
        after.Revision.ShouldBeGreaterThan(before.Revision);
    }

    [Fact]
    public async Task ReadsAgainWhenAWriteLandsMidRead()
    {
        var store = new InMemoryGraphStore();
        store.Add([N("a", NodeKind.Institution), N("b", NodeKind.Institution)], []);
        var writes = 0;
        store.BetweenReads = () =>
        {
            // A write between the node and relationship streams: the relationship names a node the first read missed.
            if (writes++ == 0)
            {
                store.Add([N("c", NodeKind.Institution)], [R(RelationshipType.CoordinatesWith, "a", "c")]);
            }
        };
        using var provider = new SnapshotProvider(store);

        var snapshot = await provider.GetAsync();

        provider.BuildCount.ShouldBe(2);
        snapshot.NodeCount.ShouldBe(3);
        snapshot.RelationshipCount.ShouldBe(1);
        snapshot.SkippedRelationships.ShouldBe(0);
    }

    [Fact]
    public async Task BuildsOnceForManyConcurrentReaders()
    {
        var store = new InMemoryGraphStore();
        store.Add([N("a", NodeKind.Institution)], []);
        using var provider = new SnapshotProvider(store);

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => provider.GetAsync())));

        provider.BuildCount.ShouldBe(1);
        snapshots.Distinct().Count().ShouldBe(1);
    }
}
