using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Model;

public class NodeTests
{
    private static Node Sample(IReadOnlyList<string>? aliases = null, long level = 3) => new()
    {
        Id = "mx-semar",
        Kind = NodeKind.Institution,
        Name = "Secretaría de Marina",
        Aliases = aliases ?? ["SEMAR", "Marina"],
        Properties = new Dictionary<string, object> { ["acronym"] = "SEMAR", ["rank"] = level, ["tags"] = new List<string> { "a", "b" } },
        Provenance = new(["src-a"], "note"),
        ValidFrom = new DateOnly(2000, 1, 1),
    };

    [Fact]
    public void EqualsComparesListsAndPropertiesByValue() =>
        Sample().ShouldBe(Sample(["SEMAR", "Marina"]));

    [Fact]
    public void EqualsSeesADifferentAlias() =>
        Sample().Equals(Sample(["SEMAR"])).ShouldBeFalse();

    [Fact]
    public void EqualsSeesADifferentPropertyValue() =>
        Sample().Equals(Sample(level: 4)).ShouldBeFalse();

    [Theory]
    [InlineData("1999-12-31", false)]
    [InlineData("2000-01-01", true)]
    [InlineData("2030-01-01", true)]
    public void IsValidOnHonoursOpenEnds(string date, bool expected) =>
        Sample().IsValidOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData("mx-sedena", true)]
    [InlineData("ag-ec1694", true)]
    [InlineData("MX-sedena", false)]
    [InlineData("mx--sedena", false)]
    [InlineData("-mx", false)]
    [InlineData("mx_sedena", false)]
    [InlineData("", false)]
    public void NodeIdsAcceptOnlyKebabCase(string id, bool ok) => NodeIds.IsValid(id).ShouldBe(ok);

    [Fact]
    public void DefaultRelationshipIdNamesEndsAndType() =>
        Relationship.DefaultId("mx-sedena", RelationshipType.MemberOf, "mx-gabinete-seguridad")
            .ShouldBe("mx-sedena--MEMBER_OF->mx-gabinete-seguridad");
}
