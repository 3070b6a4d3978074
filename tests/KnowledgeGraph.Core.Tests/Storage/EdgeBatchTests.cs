using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Tests.Storage;

public sealed class EdgeBatchTests
{
    private static readonly string[] Ids = ["n-0", "n-1", "n-2"];

    [Fact]
    public void ToRelationship_GivesEachRowWithItsDefaultIdSharedFieldsAndWeightWhenItHasOne()
    {
        var provenance = new Provenance([], "imported from edges.csv");
        var batch = new EdgeBatch(RelationshipType.CoordinatesWith, provenance, Ids, capacity: 2) { Confidence = Confidence.Low };
        batch.Add(1, 0, 0.25);
        batch.Add(2, 1);

        var relationships = batch.ToRelationships();

        relationships.Count.ShouldBe(2);
        relationships[0].ShouldBe(new Relationship
        {
            Id = "n-1--COORDINATES_WITH->n-0",
            Type = RelationshipType.CoordinatesWith,
            From = "n-1",
            To = "n-0",
            Properties = new Dictionary<string, object> { ["weight"] = 0.25 },
            Provenance = provenance,
            Confidence = Confidence.Low,
        });
        relationships[1].Id.ShouldBe("n-2--COORDINATES_WITH->n-1");
        relationships[1].Properties.ShouldBeEmpty();
    }

    [Fact]
    public void Add_RefusesARowBeyondTheCapacity_AndToRelationshipARowNotAdded()
    {
        var batch = new EdgeBatch(RelationshipType.PartOf, Provenance.None, Ids, capacity: 1);
        batch.Add(0, 1);

        Should.Throw<InvalidOperationException>(() => batch.Add(1, 2));
        Should.Throw<ArgumentOutOfRangeException>(() => batch.ToRelationship(1));
        batch.Count.ShouldBe(1);
    }
}
