using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.TypedJson;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public class TypedJsonCodecTests
{
    [Theory]
    [InlineData("""{"$type":"Integer","_value":"9007199254740993"}""")]
    [InlineData("""{"$type":"Integer","_value":"-9223372036854775808"}""")]
    [InlineData("""{"$type":"Float","_value":"4.56"}""")]
    [InlineData("""{"$type":"Float","_value":"NaN"}""")]
    [InlineData("""{"$type":"Float","_value":"Infinity"}""")]
    [InlineData("""{"$type":"Float","_value":"-Infinity"}""")]
    [InlineData("""{"$type":"String","_value":"Secretaría \"x\""}""")]
    [InlineData("""{"$type":"Boolean","_value":true}""")]
    [InlineData("""{"$type":"Null","_value":null}""")]
    [InlineData("""{"$type":"Base64","_value":"A2+/"}""")]
    [InlineData("""{"$type":"Date","_value":"2015-03-26"}""")]
    [InlineData("""{"$type":"Time","_value":"12:50:35.556+01:00"}""")]
    [InlineData("""{"$type":"Time","_value":"12:50:35Z"}""")]
    [InlineData("""{"$type":"LocalTime","_value":"12:50:35.556"}""")]
    [InlineData("""{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"}""")]
    [InlineData("""{"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142Z"}""")]
    [InlineData("""{"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"}""")]
    [InlineData("""{"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142+01:00[Europe/Berlin]"}""")]
    [InlineData("""{"$type":"Duration","_value":"P14DT16H12M"}""")]
    [InlineData("""{"$type":"Point","_value":"SRID=4326;POINT (1.2 3.4)"}""")]
    [InlineData("""{"$type":"Point","_value":"SRID=4979;POINT Z (1.2 3.4 5.6)"}""")]
    [InlineData("""{"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"String","_value":"a"},{"$type":"Null","_value":null}]}""")]
    [InlineData("""{"$type":"Map","_value":{"a":{"$type":"Float","_value":"1.5"},"b":{"$type":"List","_value":[]}}}""")]
    public void RoundTripsDocumentedShapeGivenTypedValue(string json)
    {
        var value = TypedJsonCodec.Read(Parse(json));

        var written = Write(value);

        Normalize(written).ShouldBe(Normalize(json));
    }

    [Fact]
    public void ReadsIntegerAsInt64WithoutLosingPrecision()
    {
        TypedJsonCodec.Read(Parse("""{"$type":"Integer","_value":"9007199254740993"}""")).ShouldBe(9007199254740993L);
    }

    [Fact]
    public void KeepsIntegersAndFloatsApartWhenWriting()
    {
        Write(3L).ShouldBe("""{"$type":"Integer","_value":"3"}""");
        Write(3.0).ShouldBe("""{"$type":"Float","_value":"3"}""");
        Write(3).ShouldBe("""{"$type":"Integer","_value":"3"}""");
        TypedJsonCodec.Read(Parse(Write(3.0))).ShouldBeOfType<double>();
    }

    [Fact]
    public void ReadsTemporalTypesIntoTheirClrCounterparts()
    {
        TypedJsonCodec.Read(Parse("""{"$type":"Date","_value":"2015-03-26"}""")).ShouldBe(new DateOnly(2015, 3, 26));
        TypedJsonCodec.Read(Parse("""{"$type":"LocalTime","_value":"12:50"}""")).ShouldBe(new TimeOnly(12, 50));
        TypedJsonCodec.Read(Parse("""{"$type":"LocalTime","_value":"12:50:35.123456789"}""")).ShouldBe(new TimeOnly(12, 50, 35).Add(TimeSpan.FromTicks(1234567)));
        TypedJsonCodec.Read(Parse("""{"$type":"Time","_value":"12:50:35.556+01:00"}"""))
            .ShouldBe(new Neo4jTime(new TimeOnly(12, 50, 35, 556), TimeSpan.FromHours(1)));
        TypedJsonCodec.Read(Parse("""{"$type":"LocalDateTime","_value":"2015-07-04T19:32:24"}""")).ShouldBe(new DateTime(2015, 7, 4, 19, 32, 24));
        TypedJsonCodec.Read(Parse("""{"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"}"""))
            .ShouldBe(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)));
        TypedJsonCodec.Read(Parse("""{"$type":"OffsetDateTime","_value":"2015-11-21T21:40:32.142+01:00[Europe/Berlin]"}"""))
            .ShouldBe(new Neo4jZonedDateTime(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.FromHours(1)), "Europe/Berlin"));
    }

    [Fact]
    public void ReadsDurationIntoMonthsDaysSecondsAndNanoseconds()
    {
        TypedJsonCodec.Read(Parse("""{"$type":"Duration","_value":"P1Y2M14DT16H12M0.5S"}"""))
            .ShouldBe(new Neo4jDuration(14, 14, 16 * 3600 + 12 * 60, 500_000_000));
        Neo4jDuration.Parse("PT-0.5S").ShouldBe(new Neo4jDuration(0, 0, -1, 500_000_000));
        Neo4jDuration.Parse("PT-0.5S").ToString().ShouldBe("PT-0.5S");
        Write(TimeSpan.FromMinutes(90)).ShouldBe("""{"$type":"Duration","_value":"PT1H30M"}""");
        Neo4jDuration.Parse("P1Y2M14DT16H12M0.5S").ToString().ShouldBe("P1Y2M14DT16H12M0.5S");
    }

    [Fact]
    public void ReadsFloatSpecialsAsDoubleSpecials()
    {
        TypedJsonCodec.Read(Parse("""{"$type":"Float","_value":"NaN"}""")).ShouldBe(double.NaN);
        TypedJsonCodec.Read(Parse("""{"$type":"Float","_value":"-Infinity"}""")).ShouldBe(double.NegativeInfinity);
        Write(double.PositiveInfinity).ShouldBe("""{"$type":"Float","_value":"Infinity"}""");
    }

    [Fact]
    public void ReadsNodeRelationshipAndPathWithTypedProperties()
    {
        const string node = """{"$type":"Node","_value":{"_element_id":"4:ff04:2","_labels":["Person"],"_properties":{"name":{"$type":"String","_value":"Phil"},"born":{"$type":"Integer","_value":"1970"}}}}""";
        const string relationship = """{"$type":"Relationship","_value":{"_element_id":"5:ff04:7","_start_node_element_id":"4:ff04:2","_end_node_element_id":"4:ff04:3","_type":"KNOWS","_properties":{"since":{"$type":"Date","_value":"2020-01-02"}}}}""";
        const string other = """{"$type":"Node","_value":{"_element_id":"4:ff04:3","_labels":[],"_properties":{}}}""";

        var n = TypedJsonCodec.Read(Parse(node)).ShouldBeOfType<Neo4jNode>();
        var r = TypedJsonCodec.Read(Parse(relationship)).ShouldBeOfType<Neo4jRelationship>();
        var path = TypedJsonCodec.Read(Parse($$"""{"$type":"Path","_value":[{{node}},{{relationship}},{{other}}]}""")).ShouldBeOfType<Neo4jPath>();

        n.Labels.ShouldBe(["Person"]);
        n.Properties["born"].ShouldBe(1970L);
        r.Type.ShouldBe("KNOWS");
        r.StartNodeElementId.ShouldBe("4:ff04:2");
        r.Properties["since"].ShouldBe(new DateOnly(2020, 1, 2));
        path.Nodes.Count().ShouldBe(2);
        path.Relationships.Single().ElementId.ShouldBe("5:ff04:7");
        Normalize(Write(path)).ShouldBe(Normalize($$"""{"$type":"Path","_value":[{{node}},{{relationship}},{{other}}]}"""));
    }

    [Fact]
    public void WritesParameterMapsOfDomainValuesTyped()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["ids"] = new List<string> { "mx-sedena" },
            ["signed"] = new DateOnly(2021, 10, 8),
            ["level"] = 4L,
            ["weight"] = 0.25,
            ["none"] = null,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TypedJsonCodec.WriteMap(writer, parameters);
        }

        Encoding.UTF8.GetString(buffer.ToArray()).ShouldBe(
            """{"ids":{"$type":"List","_value":[{"$type":"String","_value":"mx-sedena"}]},"signed":{"$type":"Date","_value":"2021-10-08"},"level":{"$type":"Integer","_value":"4"},"weight":{"$type":"Float","_value":"0.25"},"none":{"$type":"Null","_value":null}}""");
    }

    [Theory]
    [InlineData("""{"$type":"Integer","_value":12}""")]
    [InlineData("""{"$type":"Vector","_value":"x"}""")]
    [InlineData("""{"_value":"x"}""")]
    [InlineData("""{"$type":"Date","_value":"26/03/2015"}""")]
    [InlineData("""{"$type":"Point","_value":"POINT (1 2)"}""")]
    public void RefusesMalformedOrUnknownTypedValues(string json)
    {
        var error = Should.Throw<Exception>(() => TypedJsonCodec.Read(Parse(json)));

        (error is FormatException or InvalidOperationException).ShouldBeTrue(error.GetType().Name);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static string Write(object? value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TypedJsonCodec.Write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Normalize(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
