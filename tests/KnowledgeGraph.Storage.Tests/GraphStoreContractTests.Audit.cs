using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Tests.TestGraph;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Audit entries written with change sets: one per changed item, item kinds <c>node</c> and <c>relationship</c>, newest first.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly AuditContext Alice = new("alice", "mutation:test");

    [Fact]
    public async Task ApplyAsync_WritesOneAuditEntryPerChangedItem_WithBeforeAndAfter()
    {
        var start = DateTimeOffset.UtcNow.AddSeconds(-5);
        await Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [Node("mx-a", NodeKind.Institution, "Alpha"), Node("mx-b", NodeKind.Mechanism, "Beta")],
            UpsertRelationships = [Rel("mx-a", RelationshipType.MemberOf, "mx-b")],
            Audit = Alice,
        });
        await Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [Node("mx-a", NodeKind.Institution, "Alpha"), Node("mx-b", NodeKind.Mechanism, "Beta Renamed")],
            Audit = Alice,
        });

        var log = await Store.GetAuditLogAsync(new AuditQuery());

        log.Count.ShouldBe(4);
        log.Select(e => e.Sequence).ShouldBeInOrder(SortDirection.Descending);
        var update = log[0];
        update.ItemId.ShouldBe("mx-b");
        update.ItemKind.ShouldBe("node");
        update.Actor.ShouldBe("alice");
        update.Operation.ShouldBe("mutation:test");
        update.Before.ShouldNotBeNull().ShouldContain("Beta");
        update.Before.ShouldNotContain("Beta Renamed");
        update.After.ShouldNotBeNull().ShouldContain("Beta Renamed");
        update.At.ShouldBeGreaterThan(start);
        update.At.ShouldBeLessThan(DateTimeOffset.UtcNow.AddSeconds(5));
        log.Skip(1).Select(e => (e.ItemKind, e.ItemId)).ShouldBe(
            [("relationship", Relationship.DefaultId("mx-a", RelationshipType.MemberOf, "mx-b")), ("node", "mx-b"), ("node", "mx-a")], ignoreOrder: true);
        log.Skip(1).ShouldAllBe(e => e.Before == null && e.After != null);
    }

    [Fact]
    public async Task ApplyAsync_AuditsDeletes_IncludingTheRelationshipsDeletedWithANode()
    {
        await SeedSampleAsync();

        await Store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = ["mx-guardia-nacional"], Audit = Alice });

        var log = await Store.GetAuditLogAsync(new AuditQuery());
        log.Select(e => e.ItemId).ShouldBe(["mx-guardia-nacional", Relationship.DefaultId("mx-guardia-nacional", RelationshipType.PartOf, "mx-sedena")], ignoreOrder: true);
        log.ShouldAllBe(e => e.After == null && e.Before != null);
        log.Single(e => e.ItemKind == "node").Before!.ShouldContain("Guardia Nacional");
    }

    [Fact]
    public async Task ApplyAsync_WritesNoAuditEntries_WithoutAnAuditContextOrForUnchangedItems()
    {
        await SeedSampleAsync();
        await Store.ApplyAsync(TestGraph.Sample with { Audit = Alice });

        (await Store.GetAuditLogAsync(new AuditQuery())).ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_WritesNoAuditEntries_WhenTheSetFails()
    {
        await Should.ThrowAsync<GraphStoreException>(() => Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [Node("mx-a", NodeKind.Institution, "Alpha")],
            UpsertRelationships = [Rel("mx-a", RelationshipType.MemberOf, "mx-missing")],
            Audit = Alice,
        }));

        (await Store.GetAuditLogAsync(new AuditQuery())).ShouldBeEmpty();
    }

    [Fact]
    public async Task GetAuditLogAsync_FiltersByActorItemAndTime_AndLimitsTheCount()
    {
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-a", NodeKind.Barrier, "A")], Audit = Alice });
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-b", NodeKind.Barrier, "B")], Audit = new AuditContext("bob", "import:csv") });
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-a", NodeKind.Barrier, "A2")], Audit = new AuditContext("bob", "mutation:rename") });

        (await Store.GetAuditLogAsync(new AuditQuery { Actor = "bob" })).Select(e => e.ItemId).ShouldBe(["mx-a", "mx-b"]);
        (await Store.GetAuditLogAsync(new AuditQuery { ItemId = "mx-a" })).Select(e => e.Actor).ShouldBe(["bob", "alice"]);
        (await Store.GetAuditLogAsync(new AuditQuery { Actor = "bob", ItemId = "mx-a" })).Single().Operation.ShouldBe("mutation:rename");
        (await Store.GetAuditLogAsync(new AuditQuery(First: 1))).Single().ItemId.ShouldBe("mx-a");
        (await Store.GetAuditLogAsync(new AuditQuery { Since = DateTimeOffset.UtcNow.AddMinutes(1) })).ShouldBeEmpty();
        (await Store.GetAuditLogAsync(new AuditQuery { Since = DateTimeOffset.UtcNow.AddMinutes(-1) })).Count.ShouldBe(3);
        (await Store.GetAuditLogAsync(new AuditQuery { Actor = "carol" })).ShouldBeEmpty();
    }
}
