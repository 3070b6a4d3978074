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
