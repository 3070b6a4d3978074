using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Tests.TestGraph;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Round trips, upserts, atomicity, deletes, revision, stats and full reads.</summary>
public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task GetNodeAsync_ReturnsEveryFieldAndPropertyType_Exactly()
    {
        var node = EveryPropertyType();
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [node] });

        var stored = await Store.GetNodeAsync(node.Id);

        stored.ShouldNotBeNull();
        stored.ShouldBe(node);
        stored.Description.ShouldBe(node.Description);
        stored.Aliases.ShouldBe(node.Aliases);
        stored.Provenance.Sources.ShouldBe(["src-a", "src-b"]);
        stored.Provenance.Note.ShouldBe("a note");
        stored.Confidence.ShouldBe(Confidence.Low);
        stored.ValidFrom.ShouldBe(new DateOnly(2001, 2, 3));
        stored.ValidTo.ShouldBe(new DateOnly(2030, 12, 31));
        var p = stored.Properties;
        p["text"].ShouldBeOfType<string>().ShouldBe("texto con acentos: Ñandú, 'comillas' y \"dobles\"");
        p["emptyText"].ShouldBeOfType<string>().ShouldBe(string.Empty);
        p["integer"].ShouldBeOfType<long>().ShouldBe(42L);
        p["negative"].ShouldBeOfType<long>().ShouldBe(-7L);
        p["bigInteger"].ShouldBeOfType<long>().ShouldBe(9_007_199_254_740_993L);
        p["wholeFloat"].ShouldBeOfType<double>().ShouldBe(2.0);
        p["fraction"].ShouldBeOfType<double>().ShouldBe(0.1);
        p["tiny"].ShouldBeOfType<double>().ShouldBe(1e-300);
        p["yes"].ShouldBeOfType<bool>().ShouldBeTrue();
        p["no"].ShouldBeOfType<bool>().ShouldBeFalse();
        p["date"].ShouldBeOfType<DateOnly>().ShouldBe(new DateOnly(2024, 9, 30));
        p["dateLikeText"].ShouldBeOfType<string>().ShouldBe("2024-09-30");
        p["numberLikeText"].ShouldBeOfType<string>().ShouldBe("42");
        p["list"].ShouldBeAssignableTo<IReadOnlyList<string>>().ShouldBe(["a", "b, c", "Ñ"]);
        p["emptyList"].ShouldBeAssignableTo<IReadOnlyList<string>>().ShouldBeEmpty();
        p.Count.ShouldBe(node.Properties.Count);
    }

    [Fact]
    public async Task GetNodeAsync_ReturnsNullOptionalFields_WhenTheNodeHasNone()
    {
        var node = new Node { Id = "mx-minimal", Kind = NodeKind.Barrier, Name = "Minimal" };
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [node] });

        var stored = await Store.GetNodeAsync("mx-minimal");

        stored.ShouldBe(node);
        stored!.Description.ShouldBeNull();
        stored.Aliases.ShouldBeEmpty();
        stored.Properties.ShouldBeEmpty();
        stored.Provenance.Sources.ShouldBeEmpty();
        stored.Provenance.Note.ShouldBeNull();
        stored.ValidFrom.ShouldBeNull();
        stored.ValidTo.ShouldBeNull();
        stored.Confidence.ShouldBe(Confidence.Medium);
    }

    [Fact]
    public async Task GetNodeAsync_ReturnsCanonicalTypes_WhenPropertiesUseOtherClrTypes()
    {
        var node = Node("mx-clr", NodeKind.Institution, "CLR", Props(("int", 5), ("float", 1.5f), ("dateTime", new DateTime(2020, 1, 2)), ("list", new List<string> { "x" })));
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [node] });

        var p = (await Store.GetNodeAsync("mx-clr"))!.Properties;

        p["int"].ShouldBeOfType<long>().ShouldBe(5L);
        p["float"].ShouldBeOfType<double>().ShouldBe(1.5);
        p["dateTime"].ShouldBeOfType<DateOnly>().ShouldBe(new DateOnly(2020, 1, 2));
        p["list"].ShouldBeAssignableTo<IReadOnlyList<string>>().ShouldBe(["x"]);
    }

    [Fact]
    public async Task GetRelationshipAsync_ReturnsEveryFieldAndPropertyType_Exactly()
    {
        await SeedSampleAsync();
        var relationship = new Relationship
        {
            Id = "custom-id",
            Type = RelationshipType.CoordinatesWith,
            From = "mx-sedena",
            To = "us-fbi",
            Description = "Liaison desk",
            Properties = Props(("strength", 3L), ("weight", 2.0), ("channel", "desk"), ("since", new DateOnly(2019, 1, 1)), ("secure", true), ("tags", new[] { "a", "b" })),
            Provenance = new Provenance(["src-x"], "quote"),
            Confidence = Confidence.Low,
            ValidFrom = new DateOnly(2019, 1, 1),
            ValidTo = new DateOnly(2025, 6, 30),
        };
        await Store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [relationship] });

        var stored = await Store.GetRelationshipAsync("custom-id");

        stored.ShouldBe(relationship);
        stored!.Properties["strength"].ShouldBeOfType<long>();
        stored.Properties["weight"].ShouldBeOfType<double>().ShouldBe(2.0);
        stored.Properties["since"].ShouldBeOfType<DateOnly>();
        stored.Properties["secure"].ShouldBeOfType<bool>();
        stored.ValidTo.ShouldBe(new DateOnly(2025, 6, 30));
        (await Store.GetRelationshipAsync("no-such-relationship")).ShouldBeNull();
    }

    [Fact]
    public async Task GetNodesAsync_ReturnsKnownIdsOrderedById_LeavingOutUnknownAndDuplicates()
    {
        await SeedSampleAsync();

        var nodes = await Store.GetNodesAsync(["us-fbi", "nope", "mx-semar", "ag-merida", "us-fbi"]);

        Ids(nodes).ShouldBe(["ag-merida", "mx-semar", "us-fbi"]);
        (await Store.GetNodesAsync([])).ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_CountsCreated_ThenUnchanged_WhenTheSameSetIsAppliedTwice()
    {
        var first = await Store.ApplyAsync(TestGraph.Sample);
        var second = await Store.ApplyAsync(TestGraph.Sample);

        first.NodesCreated.ShouldBe(SampleNodes.Count);
        first.RelationshipsCreated.ShouldBe(SampleRelationships.Count);
        (first.NodesUpdated + first.NodesUnchanged + first.RelationshipsUpdated + first.RelationshipsUnchanged).ShouldBe(0);
        first.ChangedAnything.ShouldBeTrue();

        second.NodesUnchanged.ShouldBe(SampleNodes.Count);
        second.RelationshipsUnchanged.ShouldBe(SampleRelationships.Count);
        second.ChangedAnything.ShouldBeFalse();
        second.Revision.ShouldBe(first.Revision);
        (await Store.GetRevisionAsync()).ShouldBe(first.Revision);
    }

    [Fact]
    public async Task ApplyAsync_CountsUpdatedAndReplacesTheWholeNode_WhenAnyFieldChanges()
    {
        await SeedSampleAsync();
        var sedena = SampleNodes.Single(n => n.Id == "mx-sedena");
        var renamed = sedena with { Name = "Secretaría de la Defensa", Aliases = ["Defensa"], Properties = Props(("acronym", "SEDENA")) };
        var semar = SampleNodes.Single(n => n.Id == "mx-semar");
        var lessSure = semar with { Confidence = Confidence.Low };
        var fbi = SampleNodes.Single(n => n.Id == "us-fbi");
        var dated = fbi with { ValidTo = new DateOnly(2030, 1, 1) };
        var dea = SampleNodes.Single(n => n.Id == "us-dea");
        var retyped = dea with { Properties = Props(("acronym", "DEA"), ("country", "us"), ("type", "law-enforcement"), ("staff", 10_000.0), ("vetted", true)) };

        var result = await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [renamed, lessSure, dated, retyped, SampleNodes[0]] });

        result.NodesUpdated.ShouldBe(4);
        result.NodesUnchanged.ShouldBe(1);
        result.NodesCreated.ShouldBe(0);
        var stored = await Store.GetNodeAsync("mx-sedena");
        stored.ShouldBe(renamed);
        stored!.Properties.Keys.ShouldBe(["acronym"]);
        (await Store.GetNodeAsync("mx-semar"))!.Confidence.ShouldBe(Confidence.Low);
        (await Store.GetNodeAsync("us-fbi"))!.ValidTo.ShouldBe(new DateOnly(2030, 1, 1));
        (await Store.GetNodeAsync("us-dea"))!.Properties["staff"].ShouldBeOfType<double>();
    }

    [Fact]
    public async Task ApplyAsync_CountsRelationshipsCreatedUpdatedAndUnchanged()
    {
        await SeedSampleAsync();
        var lead = SampleRelationships[0];
        var changed = lead with { Properties = Props(("role", "member")) };
        var fresh = Rel("us-fbi", RelationshipType.CoordinatesWith, "us-dea");

        var result = await Store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [changed, fresh, SampleRelationships[1]] });

        result.RelationshipsUpdated.ShouldBe(1);
        result.RelationshipsCreated.ShouldBe(1);
        result.RelationshipsUnchanged.ShouldBe(1);
        (await Store.GetRelationshipAsync(lead.Id))!.Properties["role"].ShouldBe("member");
    }

    [Fact]
    public async Task ApplyAsync_MovesARelationship_WhenItsEndsChangeUnderTheSameId()
    {
        await SeedSampleAsync();
        var moved = SampleRelationships[0] with { From = "us-fbi" };

        var result = await Store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [moved] });

        result.RelationshipsUpdated.ShouldBe(1);
        (await Store.GetRelationshipAsync(moved.Id))!.From.ShouldBe("us-fbi");
        Ids(await Store.GetRelationshipsAsync(new RelationshipQuery(["mx-sedena"], Direction.Outgoing) { Types = [RelationshipType.MemberOf] })).ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_AcceptsRelationshipsToNodesCreatedInTheSameSet()
    {
        var a = Node("mx-a", NodeKind.Institution, "A");
        var b = Node("mx-b", NodeKind.Mechanism, "B");

        var result = await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [a, b], UpsertRelationships = [Rel("mx-a", RelationshipType.MemberOf, "mx-b")] });

        result.NodesCreated.ShouldBe(2);
        result.RelationshipsCreated.ShouldBe(1);
    }

    [Fact]
    public async Task ApplyAsync_FailsWithUnknownReference_AndAppliesNothing_WhenARelationshipEndIsMissing()
    {
        await SeedSampleAsync();
        var revision = await Store.GetRevisionAsync();
        var newNode = Node("mx-new", NodeKind.Institution, "New");
        var changedNode = SampleNodes.Single(n => n.Id == "mx-semar") with { Name = "Changed" };
        var good = Rel("mx-new", RelationshipType.MemberOf, "mx-gabinete-seguridad");
        var dangling = Rel("mx-new", RelationshipType.MemberOf, "mx-missing");

        var error = await ShouldFailWithAsync(GraphStoreCodes.UnknownReference, () => Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [newNode, changedNode],
            UpsertRelationships = [good, dangling],
            DeleteNodeIds = ["us-fbi"],
        }));

        error.ItemId.ShouldBe(dangling.Id);
        error.Message.ShouldContain("mx-missing");
        (await Store.GetNodeAsync("mx-new")).ShouldBeNull();
        (await Store.GetNodeAsync("mx-semar"))!.Name.ShouldBe("Secretaría de Marina");
        (await Store.GetRelationshipAsync(good.Id)).ShouldBeNull();
        (await Store.GetNodeAsync("us-fbi")).ShouldNotBeNull();
        (await Store.GetRevisionAsync()).ShouldBe(revision);
        (await Store.GetStatsAsync()).NodeCount.ShouldBe(SampleNodes.Count);
    }

    [Fact]
    public async Task ApplyAsync_FailsWithUnknownReference_WhenTheStartNodeIsMissing()
    {
        var error = await ShouldFailWithAsync(GraphStoreCodes.UnknownReference, () => Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [Node("mx-b", NodeKind.Mechanism, "B")],
            UpsertRelationships = [Rel("mx-ghost", RelationshipType.MemberOf, "mx-b")],
        }));

        error.Message.ShouldContain("mx-ghost");
        (await Store.GetStatsAsync()).NodeCount.ShouldBe(0);
    }

    [Fact]
    public async Task ApplyAsync_DeletesANodeWithAllItsRelationships_InAndOut()
    {
        await SeedSampleAsync();

        var result = await Store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = ["mx-sedena"] });

        result.NodesDeleted.ShouldBe(1);
        result.RelationshipsDeleted.ShouldBe(3);
        (await Store.GetNodeAsync("mx-sedena")).ShouldBeNull();
        (await Store.GetRelationshipsAsync(new RelationshipQuery(["mx-sedena"]))).ShouldBeEmpty();
        (await Store.GetRelationshipAsync(Relationship.DefaultId("mx-guardia-nacional", RelationshipType.PartOf, "mx-sedena"))).ShouldBeNull();
        (await Store.GetStatsAsync()).RelationshipCount.ShouldBe(SampleRelationships.Count - 3);
        (await Store.GetNodeAsync("mx-guardia-nacional")).ShouldNotBeNull();
    }

    [Fact]
    public async Task ApplyAsync_DeletesRelationshipsById_AndCountsOnlyThoseThatExisted()
    {
        await SeedSampleAsync();
        var revision = await Store.GetRevisionAsync();

        var result = await Store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = [SampleRelationships[0].Id, "no-such-id"] });
        var none = await Store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["no-such-id"], DeleteNodeIds = ["no-such-node"] });

        result.RelationshipsDeleted.ShouldBe(1);
        result.Revision.ShouldBeGreaterThan(revision);
        none.ChangedAnything.ShouldBeFalse();
        none.Revision.ShouldBe(result.Revision);
        (await Store.GetRelationshipAsync(SampleRelationships[0].Id)).ShouldBeNull();
    }

    [Fact]
    public async Task ApplyAsync_RunsUpsertsBeforeDeletes_WithinOneSet()
    {
        await SeedSampleAsync();

        var result = await Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [Node("mx-temp", NodeKind.Barrier, "Temp")],
            UpsertRelationships = [Rel("mx-sedena", RelationshipType.HinderedBy, "mx-temp")],
            DeleteNodeIds = ["mx-temp"],
        });

        result.NodesCreated.ShouldBe(1);
        result.RelationshipsCreated.ShouldBe(1);
        result.NodesDeleted.ShouldBe(1);
        result.RelationshipsDeleted.ShouldBe(1);
        (await Store.GetNodeAsync("mx-temp")).ShouldBeNull();
    }

    [Fact]
    public async Task ApplyAsync_ReturnsTheCurrentRevisionAndNoCounts_ForAnEmptySet()
    {
        await SeedSampleAsync();
        var revision = await Store.GetRevisionAsync();

        var result = await Store.ApplyAsync(new GraphChangeSet());

        result.ShouldBe(new WriteResult(0, 0, 0, 0, 0, 0, 0, 0, revision));
    }

    [Fact]
    public async Task GetRevisionAsync_GrowsWithEveryChangingWrite_Only()
    {
        var start = await Store.GetRevisionAsync();

        var created = await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-a", NodeKind.Barrier, "A")] });
        var unchanged = await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-a", NodeKind.Barrier, "A")] });
        var updated = await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-a", NodeKind.Barrier, "A2")] });
        await Should.ThrowAsync<GraphStoreException>(() => Store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [Rel("mx-a", RelationshipType.PartOf, "mx-zz")] }));
        var afterFailure = await Store.GetRevisionAsync();
        var deleted = await Store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = ["mx-a"] });

        created.Revision.ShouldBeGreaterThan(start);
        unchanged.Revision.ShouldBe(created.Revision);
        updated.Revision.ShouldBeGreaterThan(created.Revision);
        afterFailure.ShouldBe(updated.Revision);
        deleted.Revision.ShouldBeGreaterThan(updated.Revision);
        (await Store.GetRevisionAsync()).ShouldBe(deleted.Revision);
    }

    [Fact]
    public async Task GetStatsAsync_CountsPerKindAndType_LeavingOutEmptyOnes()
    {
        await SeedSampleAsync();

        var stats = await Store.GetStatsAsync();

        stats.Nodes.ShouldBe(new Dictionary<NodeKind, long>
        {
            [NodeKind.Agreement] = 2,
            [NodeKind.Country] = 2,
            [NodeKind.Institution] = 6,
            [NodeKind.Mechanism] = 1,
        }, ignoreOrder: true);
        stats.Relationships.ShouldBe(new Dictionary<RelationshipType, long>
        {
            [RelationshipType.MemberOf] = 3,
            [RelationshipType.PartOf] = 1,
            [RelationshipType.BasedIn] = 4,
            [RelationshipType.CoordinatesWith] = 1,
            [RelationshipType.PartyTo] = 4,
            [RelationshipType.Supersedes] = 1,
        }, ignoreOrder: true);
        stats.NodeCount.ShouldBe(11);
        stats.RelationshipCount.ShouldBe(14);
    }

    [Fact]
    public async Task ReadAllNodesAsync_StreamsEveryNodeOrderedById()
    {
        await SeedSampleAsync();

        var nodes = new List<Node>();
        await foreach (var node in Store.ReadAllNodesAsync())
        {
            nodes.Add(node);
        }

        Ids(nodes).ShouldBe(Sorted(SampleNodes.Select(n => n.Id)));
        nodes.ShouldBe(SampleNodes.OrderBy(n => n.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadAllRelationshipsAsync_StreamsEveryRelationshipOrderedById()
    {
        await SeedSampleAsync();

        var relationships = new List<Relationship>();
        await foreach (var relationship in Store.ReadAllRelationshipsAsync())
        {
            relationships.Add(relationship);
        }

        relationships.ShouldBe(SampleRelationships.OrderBy(r => r.Id, StringComparer.Ordinal));
    }
}
