using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Tests.Support;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Analytics.Tests.Support.Domain;

namespace KnowledgeGraph.Analytics.Tests.Graphs;

public class GraphSnapshotTests
{
    [Fact]
    public void IndexesNodesAndKeepsTheirAttributes()
    {
        var g = SampleSnapshot();

        g.TryGetIndex("mx-gabinete", out var i).ShouldBeTrue();
        g.NodeId(i).ShouldBe("mx-gabinete");
        g.Kind(i).ShouldBe(NodeKind.Mechanism);
        g.Category(i).ShouldBe("political");
        g.TryGetIndex("nobody", out _).ShouldBeFalse();
    }

    [Fact]
    public void BuildsOutAndInAdjacency()
    {
        var g = SampleSnapshot();
        g.TryGetIndex("us-fbi", out var fbi);
        g.TryGetIndex("bi-sig", out var sig);

        var outgoing = g.OutgoingRelationships(fbi).ToArray();
        var incoming = g.IncomingRelationships(sig).ToArray();

        outgoing.Select(e => g.RelationshipId(e)).ShouldContain("us-fbi--MEMBER_OF->bi-sig");
        outgoing.ShouldAllBe(e => g.From(e) == fbi);
        incoming.Where(e => g.Type(e) == RelationshipType.MemberOf).Select(e => g.NodeId(g.From(e))).Order().ShouldBe(["mx-ssp", "us-fbi"]);
        g.RelationshipConfidence(incoming.Single(e => g.NodeId(g.From(e)) == "us-fbi")).ShouldBe(Confidence.Low);
    }

    [Fact]
    public void FindsRelationshipsByDefaultAndExplicitId()
    {
        var (nodes, relationships) = Sample();
        relationships.Add(R(RelationshipType.CoordinatesWith, "us-fbi", "us-dea") with { Id = "fbi-dea-second" });
        var g = Snapshot(nodes, relationships);

        g.TryGetRelationshipIndex("mx-fgr--COORDINATES_WITH->mx-ssp", out var e).ShouldBeTrue();
        g.Level(e).ShouldBe(2);
        g.TryGetRelationshipIndex("fbi-dea-second", out var f).ShouldBeTrue();
        g.RelationshipId(f).ShouldBe("fbi-dea-second");
        g.TryGetRelationshipIndex("mx-fgr--MEMBER_OF->mx-ssp", out _).ShouldBeFalse();
        g.TryGetRelationshipIndex("garbage", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("us-fbi--COORDINATES_WITH->us-dea", false)]
    [InlineData("us-fbi--COORDINATES_WITH->us-deax", true)]
    [InlineData("us-fbi--COORDINATES_WITH->us-de", true)]
    [InlineData("us-fbi--MEMBER_OF->us-dea", true)]
    [InlineData("us-fbi-+COORDINATES_WITH->us-dea", true)]
    [InlineData("us-fbi--COORDINATES_WITH-=us-dea", true)]
    [InlineData("us-dea--COORDINATES_WITH->us-fbi", true)]
    public void StoresOnlyIdsThatDifferFromTheDefault(string id, bool stored)
    {
        var (nodes, relationships) = Sample();
        relationships.Add(R(RelationshipType.CoordinatesWith, "us-fbi", "us-dea") with { Id = id });
        var g = Snapshot(nodes, relationships);

        g.RelationshipId(g.RelationshipCount - 1).ShouldBe(id);
        (g.Edges.ExplicitIds[g.RelationshipCount - 1] is not null).ShouldBe(stored);
    }

    [Fact]
    public void SkipsRelationshipsWithUnknownEnds()
    {
        var g = Snapshot([N("a", NodeKind.Institution)], [R(RelationshipType.CoordinatesWith, "a", "b")]);

        g.RelationshipCount.ShouldBe(0);
        g.SkippedRelationships.ShouldBe(1);
    }

    [Fact]
    public void ReadsValidityOnADate()
    {
        var g = SampleSnapshot();
        g.TryGetIndex("adhoc-task", out var i);

        g.IsNodeValidOn(i, new DateOnly(2020, 12, 31)).ShouldBeTrue();
        g.IsNodeValidOn(i, new DateOnly(2021, 1, 1)).ShouldBeFalse();
        g.IsNodeValidOn(i, null).ShouldBeTrue();
    }

    [Fact]
    public void CopiesAFilteredSnapshot()
    {
        var g = SampleSnapshot();
        g.TryGetIndex("bi-sig", out var sig);
        var builder = new GraphSnapshotBuilder(g.Revision);

        builder.AddFrom(g, i => i != sig, _ => true);
        var copy = builder.Build();

        copy.NodeCount.ShouldBe(g.NodeCount - 1);
        copy.TryGetIndex("bi-sig", out _).ShouldBeFalse();
        copy.RelationshipCount.ShouldBe(g.RelationshipCount - 3);
        copy.TryGetRelationshipIndex("mx-fgr--COORDINATES_WITH->mx-ssp", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task BuildsFromAsyncStreams()
    {
        var (nodes, relationships) = Sample();

        var g = await GraphSnapshotBuilder.BuildAsync(7, nodes.ToAsyncEnumerable(), relationships.ToAsyncEnumerable());

        g.Revision.ShouldBe(7);
        g.NodeCount.ShouldBe(nodes.Count);
        g.RelationshipCount.ShouldBe(relationships.Count);
    }
}
