using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Tests.TestGraph;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Batched relationship reads and neighbourhoods.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly string SedenaMember = Relationship.DefaultId("mx-sedena", RelationshipType.MemberOf, "mx-gabinete-seguridad");
    private static readonly string SemarMember = Relationship.DefaultId("mx-semar", RelationshipType.MemberOf, "mx-gabinete-seguridad");
    private static readonly string SspcMember = Relationship.DefaultId("mx-sspc", RelationshipType.MemberOf, "mx-gabinete-seguridad");
    private static readonly string GuardiaPartOf = Relationship.DefaultId("mx-guardia-nacional", RelationshipType.PartOf, "mx-sedena");
    private static readonly string SedenaBasedIn = Relationship.DefaultId("mx-sedena", RelationshipType.BasedIn, "mx");
    private static readonly string SemarBasedIn = Relationship.DefaultId("mx-semar", RelationshipType.BasedIn, "mx");
    private static readonly string SemarDea = Relationship.DefaultId("mx-semar", RelationshipType.CoordinatesWith, "us-dea");

    [Fact]
    public async Task GetRelationshipsAsync_ReturnsRelationshipsOfManyNodesInOneCall_ByDirectionOrderedById()
    {
        await SeedSampleAsync();
        string[] ids = ["mx-sedena", "mx-semar"];

        var both = await Store.GetRelationshipsAsync(new RelationshipQuery(ids));
        var outgoing = await Store.GetRelationshipsAsync(new RelationshipQuery(ids, Direction.Outgoing));
        var incoming = await Store.GetRelationshipsAsync(new RelationshipQuery(ids, Direction.Incoming));

        Ids(both).ShouldBe(Sorted([SedenaMember, GuardiaPartOf, SedenaBasedIn, SemarMember, SemarBasedIn, SemarDea]));
        Ids(outgoing).ShouldBe(Sorted([SedenaMember, SedenaBasedIn, SemarMember, SemarBasedIn, SemarDea]));
        Ids(incoming).ShouldBe([GuardiaPartOf]);
        both.Single(r => r.Id == SedenaMember).ShouldBe(SampleRelationships[0]);
    }

    [Fact]
    public async Task GetRelationshipsAsync_KeepsToTheGivenTypes()
    {
        await SeedSampleAsync();
        string[] ids = ["mx-sedena", "mx-semar"];

        Ids(await Store.GetRelationshipsAsync(new RelationshipQuery(ids) { Types = [RelationshipType.BasedIn] }))
            .ShouldBe(Sorted([SedenaBasedIn, SemarBasedIn]));
        Ids(await Store.GetRelationshipsAsync(new RelationshipQuery(ids) { Types = [RelationshipType.BasedIn, RelationshipType.PartOf] }))
            .ShouldBe(Sorted([SedenaBasedIn, SemarBasedIn, GuardiaPartOf]));
        Ids(await Store.GetRelationshipsAsync(new RelationshipQuery(ids, Direction.Outgoing) { Types = [RelationshipType.PartOf] })).ShouldBeEmpty();
    }

    [Fact]
    public async Task GetRelationshipsAsync_ReturnsEachRelationshipOnce_WhenBothEndsAreAsked()
    {
        await SeedSampleAsync();

        var found = await Store.GetRelationshipsAsync(new RelationshipQuery(["mx-semar", "us-dea"]) { Types = [RelationshipType.CoordinatesWith] });

        Ids(found).ShouldBe([SemarDea]);
    }

    [Fact]
    public async Task GetRelationshipsAsync_HandlesThousandsOfIds_InOneCall()
    {
        await SeedSampleAsync();
        var ids = Enumerable.Range(0, 3000).Select(i => $"unknown-{i}").Concat(SampleNodes.Select(n => n.Id)).ToList();

        var found = await Store.GetRelationshipsAsync(new RelationshipQuery(ids));

        Ids(found).ShouldBe(Sorted(SampleRelationships.Select(r => r.Id)));
        (await Store.GetRelationshipsAsync(new RelationshipQuery([]))).ShouldBeEmpty();
        (await Store.GetNodesAsync(ids)).Count.ShouldBe(SampleNodes.Count);
    }

    public static TheoryData<int, Direction, RelationshipType[]?, int, string[], int> NeighbourhoodCases => new()
    {
        { 0, Direction.Both, null, 2000, ["mx-sedena"], 0 },
        { 1, Direction.Both, null, 2000, ["mx-sedena", "mx", "mx-gabinete-seguridad", "mx-guardia-nacional"], 3 },
        { 2, Direction.Both, null, 2000, ["mx-sedena", "mx", "mx-gabinete-seguridad", "mx-guardia-nacional", "ag-bicentennial", "ag-merida", "mx-semar", "mx-sspc"], 9 },
        { 1, Direction.Outgoing, null, 2000, ["mx-sedena", "mx", "mx-gabinete-seguridad"], 2 },
        { 1, Direction.Incoming, null, 2000, ["mx-sedena", "mx-guardia-nacional"], 1 },
        { 1, Direction.Both, [RelationshipType.MemberOf], 2000, ["mx-sedena", "mx-gabinete-seguridad"], 1 },
        { 2, Direction.Both, [RelationshipType.MemberOf], 2000, ["mx-sedena", "mx-gabinete-seguridad", "mx-semar", "mx-sspc"], 3 },
        { 3, Direction.Outgoing, [RelationshipType.MemberOf, RelationshipType.BasedIn], 2000, ["mx-sedena", "mx", "mx-gabinete-seguridad"], 2 },
        { 2, Direction.Both, null, 3, ["mx-sedena", "mx", "mx-gabinete-seguridad"], 2 },
        { 5, Direction.Both, null, 1, ["mx-sedena"], 0 },
    };

    [Theory]
    [MemberData(nameof(NeighbourhoodCases))]
    public async Task GetNeighbourhoodAsync_ReturnsTheClosestNodesAndTheRelationshipsAmongThem(
        int depth, Direction direction, RelationshipType[]? types, int maxNodes, string[] expectedNodes, int expectedRelationships)
    {
        await SeedSampleAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("mx-sedena", depth, direction) { Types = types, MaxNodes = maxNodes });

        subgraph.Nodes[0].Id.ShouldBe("mx-sedena");
        Ids(subgraph.Nodes).ShouldBe(expectedNodes, ignoreOrder: true);
        subgraph.Relationships.Count.ShouldBe(expectedRelationships);
        var kept = subgraph.Nodes.Select(n => n.Id).ToHashSet();
        subgraph.Relationships.ShouldAllBe(r => kept.Contains(r.From) && kept.Contains(r.To));
        if (types is not null)
        {
            subgraph.Relationships.ShouldAllBe(r => types.Contains(r.Type));
        }

        var all = await Store.GetRelationshipsAsync(new RelationshipQuery([.. kept]) { Types = types });
        Ids(subgraph.Relationships).ShouldBe(Ids(all.Where(r => kept.Contains(r.From) && kept.Contains(r.To))), ignoreOrder: true);
    }

    [Fact]
    public async Task GetNeighbourhoodAsync_ReturnsAnEmptySubgraph_ForAnUnknownNode()
    {
        await SeedSampleAsync();

        var subgraph = await Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("mx-nowhere", 2));

        subgraph.Nodes.ShouldBeEmpty();
        subgraph.Relationships.ShouldBeEmpty();
    }
}
