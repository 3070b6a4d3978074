using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Model;

public class RelationshipTypesTests
{
    [Theory]
    [InlineData(RelationshipType.MemberOf, "MEMBER_OF")]
    [InlineData(RelationshipType.HasCompetency, "HAS_COMPETENCY")]
    [InlineData(RelationshipType.PartOf, "PART_OF")]
    [InlineData(RelationshipType.Requires, "REQUIRES")]
    public void ToWireNameReturnsScreamingSnakeCase(RelationshipType type, string expected) =>
        type.ToWireName().ShouldBe(expected);

    [Fact]
    public void TryParseRoundTripsEveryType()
    {
        foreach (var type in RelationshipTypes.All)
        {
            RelationshipTypes.TryParse(type.ToWireName(), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(type);
        }
    }

    [Theory]
    [InlineData("member_of")]
    [InlineData("MemberOf")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseRejectsOtherSpellings(string? name) =>
        RelationshipTypes.TryParse(name, out _).ShouldBeFalse();

    [Theory]
    [InlineData("Institution", true)]
    [InlineData("institution", false)]
    [InlineData("1", false)]
    [InlineData("Person", false)]
    public void NodeKindsParseOnlyExactNames(string name, bool ok) =>
        NodeKinds.TryParse(name, out _).ShouldBe(ok);
}
