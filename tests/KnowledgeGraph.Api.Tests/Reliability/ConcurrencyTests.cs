using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Api.Tests.Reliability;

/// <summary>
/// Concurrent readers and writers on one embedded store. Writers only ever write a node and its relationship together
/// (one change set) or delete such a node (which removes both); readers must never see one without the other, and the
/// counts of created pairs they see never go down.
/// </summary>
public sealed class ConcurrencyTests : IDisposable
{
    private const string Hub = "src-hub";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ReadersNeverSeeHalfAPairAndCreatedCountsNeverShrinkUnderConcurrentWriters()
    {
        var store = EmbeddedGraphStore.Open(_directory.File("kg.db"));
        try
        {
            await store.ApplyAsync(new GraphChangeSet { UpsertNodes = [new Node { Id = Hub, Kind = NodeKind.Source, Name = "Hub" }] });
            const int writers = 3;
            const int pairsPerWriter = 32;
            var writing = Enumerable.Range(0, writers).Select(w => Task.Run(() => WritePairsAsync(store, w, pairsPerWriter))).ToList();
            var allWritten = Task.WhenAll(writing);
            var readers = Enumerable.Range(0, 3).Select(r => Task.Run(() => ReadUntilAsync(store, allWritten))).ToList();

            await allWritten;
            var observations = (await Task.WhenAll(readers)).Sum();

            observations.ShouldBeGreaterThan(10, "the readers should have overlapped the writers");
            var stats = await store.GetStatsAsync();
            var deletedPerWriter = pairsPerWriter / 4;
            stats.Nodes[NodeKind.Institution].ShouldBe(writers * (pairsPerWriter - deletedPerWriter));
            stats.Relationships[RelationshipType.SourcedBy].ShouldBe(writers * (pairsPerWriter - deletedPerWriter));
            (await ((IEmbeddedStoreMaintenance)store).CheckIntegrityAsync()).ShouldBeEmpty();
        }
        finally
        {
            ((IDisposable)store).Dispose();
        }
    }

    private static async Task WritePairsAsync(IGraphStore store, int writer, int pairs)
    {
        for (var i = 0; i < pairs; i++)
        {
            var id = $"w{writer}-n{i}";
            await store.ApplyAsync(new GraphChangeSet
            {
                UpsertNodes = [new Node { Id = id, Kind = NodeKind.Institution, Name = id }],
                UpsertRelationships = [new Relationship { Id = Relationship.DefaultId(id, RelationshipType.SourcedBy, Hub), Type = RelationshipType.SourcedBy, From = id, To = Hub }],
            });
            if (i % 4 == 3)
            {
                await store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = [$"w{writer}-n{i - 2}"] });
            }
        }
    }

    /// <summary>Reads until the writers are done; returns how many snapshots it checked.</summary>
    private static async Task<int> ReadUntilAsync(IGraphStore store, Task writers)
    {
        var observations = 0;
        var highestRevision = -1L;
        while (!writers.IsCompleted)
        {
            // One snapshot: pairs are written and deleted whole, so both counts are always equal.
            var stats = await store.GetStatsAsync();
            var nodes = stats.Nodes.GetValueOrDefault(NodeKind.Institution);
            var relationships = stats.Relationships.GetValueOrDefault(RelationshipType.SourcedBy);
            nodes.ShouldBe(relationships, "a snapshot held a node without its relationship or the reverse");

            // The store's revision counts committed writes: it never goes back.
            var revision = await store.GetRevisionAsync();
            revision.ShouldBeGreaterThanOrEqualTo(highestRevision);
            highestRevision = revision;

            // Every node a reader sees has its relationship in any later snapshot, unless it was deleted whole since.
            var page = await store.QueryNodesAsync(new NodeQuery { Kind = NodeKind.Institution, First = 50 });
            var seen = page.Items.Select(i => i.Node.Id).ToList();
            var touching = await store.GetRelationshipsAsync(new RelationshipQuery(seen, Direction.Outgoing) { Types = [RelationshipType.SourcedBy] });
            var stillThere = await store.GetNodesAsync(seen);
            var linked = touching.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
            foreach (var node in stillThere)
            {
                linked.ShouldContain(node.Id, $"{node.Id} is there without its relationship");
            }

            observations++;
        }

        return observations;
    }
}
