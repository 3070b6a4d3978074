using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Serialization;

namespace KnowledgeGraph.Storage.Tests.Embedded;

public sealed class ItemJsonWriterTests
{
    [Fact]
    public void WeightBodyUtf8_WritesTheBytesOfTheGeneralRelationshipBody_ForEveryKindOfDouble()
    {
        var random = new Random(7);
        double[] special = [0.5, 0.1, 0.414, -0.3, 1e-7, 123456.789, 1.0, 2.0, -0.0, 0.0, 1e20, 1e300, 5e-324, double.MaxValue, double.MinValue, double.PositiveInfinity];
        var values = special.Concat(Enumerable.Range(0, 5000).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64()))).Where(d => !double.IsNaN(d));
        using var writer = new ItemJsonWriter();
        var relationship = new Relationship { Id = "a--COORDINATES_WITH->b", Type = RelationshipType.CoordinatesWith, From = "a", To = "b" };

        foreach (var weight in values)
        {
            var general = Encoding.UTF8.GetString(writer.RelationshipBodyUtf8(relationship with { Properties = new Dictionary<string, object> { [EdgeBatch.WeightProperty] = weight } }));
            var direct = Encoding.UTF8.GetString(writer.WeightBodyUtf8(weight));

            direct.ShouldBe(general, $"weight {weight:R}");
        }
    }

    [Fact]
    public void RelationshipBodyUtf8_TypesOnlyTheFloatsThatWouldReadBackAsIntegers()
    {
        using var writer = new ItemJsonWriter();
        var relationship = new Relationship
        {
            Id = "a--COORDINATES_WITH->b",
            Type = RelationshipType.CoordinatesWith,
            From = "a",
            To = "b",
            Properties = new Dictionary<string, object> { ["weight"] = 2.0, ["ratio"] = 0.5, ["strength"] = 3L },
        };

        Encoding.UTF8.GetString(writer.RelationshipBodyUtf8(relationship))
            .ShouldBe("""{"props":{"ratio":0.5,"strength":3,"weight":2},"types":{"weight":"float"}}""");
        writer.RelationshipBodyUtf8(relationship with { Properties = new Dictionary<string, object>() }).IsEmpty.ShouldBeTrue();
    }
}
