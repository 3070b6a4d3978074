using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Tests.TestGraph;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>All-or-nothing bulk imports.</summary>
public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task BeginImportAsync_AddsEverythingOnCommit_AndCountsIt()
    {
        var revision = await Store.GetRevisionAsync();

        WriteResult result;
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes.Take(5).ToList());
            await session.AddNodesAsync(SampleNodes.Skip(5).ToList());
            await session.AddRelationshipsAsync(SampleRelationships.Take(7).ToList());
            await session.AddRelationshipsAsync(SampleRelationships.Skip(7).ToList());
            result = await session.CommitAsync();
        }

        result.NodesCreated.ShouldBe(SampleNodes.Count);
        result.RelationshipsCreated.ShouldBe(SampleRelationships.Count);
        result.Revision.ShouldBeGreaterThan(revision);
        (await Store.GetRevisionAsync()).ShouldBe(result.Revision);
        (await Store.GetNodeAsync("mx-sedena")).ShouldBe(SampleNodes.Single(n => n.Id == "mx-sedena"));
        Ids(await Store.GetRelationshipsAsync(new RelationshipQuery(["mx-semar"]))).Count.ShouldBe(3);
        Ids(await Store.SearchAsync(new SearchQuery("sedena"))).ShouldBe(["mx-sedena"]);
        (await QueryIdsAsync(new NodeQuery { Kind = NodeKind.Institution, Sort = [new SortField("name")] })).Count.ShouldBe(6);
    }

    [Fact]
    public async Task AddEdgesAsync_StoresEveryRowAsItsRelationship_WhenNodesAndEdgesLoadAnEmptyStore()
    {
        var nodes = Enumerable.Range(0, 120).Select(i => Node($"mx-e{i}", NodeKind.Institution, $"E{i}")).ToList();
        var edges = Edges(nodes, rows: 150);

        WriteResult result;
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(nodes);
            await session.AddEdgesAsync(edges);
            result = await session.CommitAsync();
        }

        result.RelationshipsCreated.ShouldBe(edges.Count);
        (await ReadAllRelationshipsAsync()).ShouldBe(edges.ToRelationships().OrderBy(r => r.Id, StringComparer.Ordinal));
        var weighted = edges.ToRelationship(1);
        (await Store.GetRelationshipAsync(weighted.Id)).ShouldBe(weighted);
        Ids(await Store.GetRelationshipsAsync(new RelationshipQuery([weighted.To], Direction.Incoming))).ShouldContain(weighted.Id);
    }

    [Fact]
    public async Task AddEdgesAsync_CountsCreatedUpdatedAndUnchangedRowsLikeUpserts()
    {
        var nodes = Enumerable.Range(0, 120).Select(i => Node($"mx-e{i}", NodeKind.Institution, $"E{i}")).ToList();
        var edges = Edges(nodes, rows: 150);
        var changed = edges.ToRelationship(10);
        await Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = nodes,
            UpsertRelationships = [changed with { Properties = new Dictionary<string, object> { ["weight"] = 99.5 } }, edges.ToRelationship(20)],
        });

        WriteResult result;
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddEdgesAsync(edges);
            result = await session.CommitAsync();
        }

        (result.RelationshipsCreated, result.RelationshipsUpdated, result.RelationshipsUnchanged).ShouldBe((edges.Count - 2, 1, 1));
        (await Store.GetRelationshipAsync(changed.Id)).ShouldBe(changed);
        (await ReadAllRelationshipsAsync()).ShouldBe(edges.ToRelationships().OrderBy(r => r.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddEdgesAsync_FailsWithUnknownReference_AndAppliesNothing_WhenAnEndIsNotANode()
    {
        var nodes = Enumerable.Range(0, 70).Select(i => Node($"mx-e{i}", NodeKind.Institution, $"E{i}")).ToList();
        var ids = nodes.Select(n => n.Id).Append("mx-missing").ToList();
        var edges = new EdgeBatch(RelationshipType.CoordinatesWith, new Provenance([], "imported"), ids, 70);
        for (var i = 1; i < 70; i++)
        {
            edges.Add(i, i == 66 ? ids.Count - 1 : i - 1, 0.5);
        }

        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(nodes);
            var error = await ShouldFailWithAsync(GraphStoreCodes.UnknownReference, () => session.AddEdgesAsync(edges));
            error.Message.ShouldContain("'mx-missing'");
        }

        (await Store.GetStatsAsync()).NodeCount.ShouldBe(0);
        (await Store.GetStatsAsync()).RelationshipCount.ShouldBe(0);
    }

    [Fact]
    public async Task AddEdgesAsync_FindsEveryEnd_WhenTheIdTableMixesNewAndStoredNodesInAnotherOrder()
    {
        var stored = Enumerable.Range(0, 40).Select(i => Node($"mx-s{i}", NodeKind.Institution, $"S{i}")).ToList();
        var added = Enumerable.Range(0, 90).Select(i => Node($"mx-a{i}", NodeKind.Institution, $"A{i}")).ToList();
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = stored });

        // Some new nodes in the order they are added (ends found by position), then stored ones, then new ones reversed.
        List<Node> table = [.. added.Take(60), .. stored, .. Enumerable.Reverse(added.Skip(60))];
        var edges = Edges(table, rows: 200);

        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(added);
            await session.AddEdgesAsync(edges);
            (await session.CommitAsync()).RelationshipsCreated.ShouldBe(edges.Count);
        }

        (await ReadAllRelationshipsAsync()).ShouldBe(edges.ToRelationships().OrderBy(r => r.Id, StringComparer.Ordinal));
    }

    /// <summary>Up to twice as many edges as <paramref name="nodes"/>: several multi-row chunks, with and without weights (integral ones too).</summary>
    private static EdgeBatch Edges(List<Node> nodes, int rows)
    {
        var edges = new EdgeBatch(RelationshipType.CoordinatesWith, new Provenance([], "imported from edges.csv"), [.. nodes.Select(n => n.Id)], rows);
        for (var i = 0; i < rows; i++)
        {
            // Row i joins node i to the next (first round) or the one after (second round): no pair twice.
            var from = i % nodes.Count;
            edges.Add(from, (from + 1 + (i / nodes.Count)) % nodes.Count, i % 5 == 0 ? double.NaN : i / 8.0);
        }

        return edges;
    }

    private async Task<List<Relationship>> ReadAllRelationshipsAsync()
    {
        var all = new List<Relationship>();
        await foreach (var relationship in Store.ReadAllRelationshipsAsync())
        {
            all.Add(relationship);
        }

        return all;
    }

    [Fact]
    public async Task BeginImportAsync_ShowsNothingToReaders_BeforeCommit()
    {
        await using var session = await Store.BeginImportAsync();
        await session.AddNodesAsync(SampleNodes);
        await session.AddRelationshipsAsync(SampleRelationships);

        (await Store.GetNodeAsync("mx-sedena")).ShouldBeNull();
        (await Store.GetStatsAsync()).NodeCount.ShouldBe(0);
        (await Store.SearchAsync(new SearchQuery("sedena"))).ShouldBeEmpty();

        await session.CommitAsync();

        (await Store.GetStatsAsync()).NodeCount.ShouldBe(SampleNodes.Count);
    }

    [Fact]
    public async Task BeginImportAsync_LeavesTheStoreAsBefore_WhenDisposedWithoutCommit()
    {
        await SeedSampleAsync();
        var revision = await Store.GetRevisionAsync();

        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync([Node("mx-new", NodeKind.Institution, "New"), SampleNodes[0] with { Name = "Changed" }]);
            await session.AddRelationshipsAsync([Rel("mx-new", RelationshipType.MemberOf, "mx-gabinete-seguridad")]);
        }

        (await Store.GetNodeAsync("mx-new")).ShouldBeNull();
        (await Store.GetNodeAsync(SampleNodes[0].Id)).ShouldBe(SampleNodes[0]);
        (await Store.GetRevisionAsync()).ShouldBe(revision);
        var write = await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-after", NodeKind.Barrier, "After")] });
        write.NodesCreated.ShouldBe(1);
    }

    [Fact]
    public async Task BeginImportAsync_FailsWithUnknownReference_AndAppliesNothing_WhenARelationshipEndIsMissing()
    {
        await SeedSampleAsync();
        var revision = await Store.GetRevisionAsync();
        var dangling = Rel("mx-new", RelationshipType.MemberOf, "mx-missing");

        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync([Node("mx-new", NodeKind.Institution, "New")]);
            var error = await Should.ThrowAsync<GraphStoreException>(async () =>
            {
                await session.AddRelationshipsAsync([Rel("mx-new", RelationshipType.BasedIn, "mx"), dangling]);
                await session.CommitAsync();
            });
            error.Code.ShouldBe(GraphStoreCodes.UnknownReference);
        }

        (await Store.GetNodeAsync("mx-new")).ShouldBeNull();
        (await Store.GetRevisionAsync()).ShouldBe(revision);
        (await Store.GetStatsAsync()).RelationshipCount.ShouldBe(SampleRelationships.Count);
    }

    [Fact]
    public async Task BeginImportAsync_UpsertsOverExistingItems_CountingCreatedUpdatedAndUnchanged()
    {
        await SeedSampleAsync();
        var changed = SampleNodes[1] with { Description = "changed" };
        var changedRelationship = SampleRelationships[0] with { Confidence = Confidence.Low };

        WriteResult result;
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync([.. SampleNodes.Skip(2), changed, Node("mx-new", NodeKind.Barrier, "New")]);
            await session.AddRelationshipsAsync([.. SampleRelationships.Skip(1), changedRelationship]);
            result = await session.CommitAsync();
        }

        result.NodesCreated.ShouldBe(1);
        result.NodesUpdated.ShouldBe(1);
        result.NodesUnchanged.ShouldBe(SampleNodes.Count - 2);
        result.RelationshipsUpdated.ShouldBe(1);
        result.RelationshipsUnchanged.ShouldBe(SampleRelationships.Count - 1);
        (await Store.GetNodeAsync(changed.Id))!.Description.ShouldBe("changed");
        (await Store.GetRelationshipAsync(changedRelationship.Id))!.Confidence.ShouldBe(Confidence.Low);
    }

    [Fact]
    public async Task BeginImportAsync_DoesNotBumpTheRevision_WhenNothingChanged()
    {
        await SeedSampleAsync();
        var revision = await Store.GetRevisionAsync();

        await using var session = await Store.BeginImportAsync();
        await session.AddNodesAsync(SampleNodes);
        var result = await session.CommitAsync();

        result.ChangedAnything.ShouldBeFalse();
        result.Revision.ShouldBe(revision);
    }

    [Fact]
    public async Task BeginImportAsync_LoadsManyBatches_ThatStayQueryable()
    {
        const int Batches = 8;
        const int PerBatch = 250;

        WriteResult result;
        await using (var session = await Store.BeginImportAsync())
        {
            for (var b = 0; b < Batches; b++)
            {
                await session.AddNodesAsync([.. Enumerable.Range(b * PerBatch, PerBatch).Select(i => Node($"n-{i:D5}", NodeKind.Institution, $"Institution {i}", Props(("staff", (long)i))))]);
            }

            for (var b = 0; b < Batches; b++)
            {
                await session.AddRelationshipsAsync([.. Enumerable.Range(b * PerBatch, PerBatch).Where(i => i > 0).Select(i => Rel($"n-{i:D5}", RelationshipType.PartOf, $"n-{i - 1:D5}"))]);
            }

            result = await session.CommitAsync();
        }

        result.NodesCreated.ShouldBe(Batches * PerBatch);
        result.RelationshipsCreated.ShouldBe((Batches * PerBatch) - 1);
        var page = await Store.QueryNodesAsync(new NodeQuery { Filter = new PropertyFilter("staff", FilterOperator.Gte, 1990L), Sort = [new SortField("staff", true)], First = 3, IncludeTotalCount = true });
        Ids(page).ShouldBe(["n-01999", "n-01998", "n-01997"]);
        page.TotalCount.ShouldBe(10);
        Ids(await Store.GetRelationshipsAsync(new RelationshipQuery(["n-01000"]))).ShouldBe(
            Sorted([Relationship.DefaultId("n-01000", RelationshipType.PartOf, "n-00999"), Relationship.DefaultId("n-01001", RelationshipType.PartOf, "n-01000")]));
        var neighbourhood = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("n-01000", 3));
        neighbourhood.Nodes.Count.ShouldBe(7);
        neighbourhood.Relationships.Count.ShouldBe(6);
    }
}
