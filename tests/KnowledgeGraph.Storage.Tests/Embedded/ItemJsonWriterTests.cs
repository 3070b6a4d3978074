using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Serialization;

namespace KnowledgeGraph.Storage.Tests.Embedded;

public sealed class ItemJsonWriterTests
{
    [Theory]
    [InlineData(0.25, true)]
    [InlineData(2.0, true)]
    [InlineData(3L, false)]
    [InlineData("heavy", false)]
    public void RelationshipBodyUtf8_LeavesAFloatWeightToItsColumn_AndKeepsAnyOtherWeight(object weight, bool inColumn)
    {
        using var writer = new ItemJsonWriter();
        var relationship = Edge(new Dictionary<string, object> { [EdgeBatch.WeightProperty] = weight });

        ItemJsonWriter.ColumnWeight(relationship).ShouldBe(inColumn ? (double)weight : null);
        writer.RelationshipBodyUtf8(relationship).IsEmpty.ShouldBe(inColumn);
        var withChannel = relationship with { Properties = new Dictionary<string, object> { [EdgeBatch.WeightProperty] = weight, ["channel"] = "radio" } };
        Encoding.UTF8.GetString(writer.RelationshipBodyUtf8(withChannel)).Contains("\"weight\"", StringComparison.Ordinal).ShouldBe(!inColumn);
    }

    [Fact]
    public void RelationshipBodyUtf8_TypesOnlyTheFloatsThatWouldReadBackAsIntegers()
    {
        using var writer = new ItemJsonWriter();
        var relationship = Edge(new Dictionary<string, object> { ["level"] = 2.0, ["ratio"] = 0.5, ["strength"] = 3L });

        Encoding.UTF8.GetString(writer.RelationshipBodyUtf8(relationship))
            .ShouldBe("""{"props":{"level":2,"ratio":0.5,"strength":3},"types":{"level":"float"}}""");
        writer.RelationshipBodyUtf8(relationship with { Properties = new Dictionary<string, object>() }).IsEmpty.ShouldBeTrue();
    }

    private static Relationship Edge(Dictionary<string, object> properties) => new()
    {
        Id = "a--COORDINATES_WITH->b",
        Type = RelationshipType.CoordinatesWith,
        From = "a",
        To = "b",
        Properties = properties,
    };
}
