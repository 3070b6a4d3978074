using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Model;

public class RelationshipIdTests
{
    [Theory]
    [InlineData("mx-semar", RelationshipType.CoordinatesWith, "us-dea")]
    [InlineData("a", RelationshipType.PartOf, "b-2")]
    [InlineData("n-1", RelationshipType.MemberOf, "n-1")]
    public void TryParseDefaultId_GivesBackTheEndsAndTypeOfEveryDefaultId(string from, RelationshipType type, string to)
    {
        Relationship.TryParseDefaultId(Relationship.DefaultId(from, type, to), out var parsedFrom, out var parsedType, out var parsedTo).ShouldBeTrue();

        (parsedFrom, parsedType, parsedTo).ShouldBe((from, type, to));
    }

    [Theory]
    [InlineData("ag-merida")]
    [InlineData("a--NOT_A_TYPE->b")]
    [InlineData("--PART_OF->b")]
    [InlineData("a--PART_OF->")]
    [InlineData("a--PART_OF-b")]
    [InlineData("a-PART_OF->b")]
    public void TryParseDefaultId_RefusesOtherIds(string id) =>
        Relationship.TryParseDefaultId(id, out _, out _, out _).ShouldBeFalse();

    [Fact]
    public void HasDefaultId_IsTrueOnlyForTheIdBuiltFromTheSameEndsAndType()
    {
        var relationship = new Relationship { Id = "mx-semar--COORDINATES_WITH->us-dea", Type = RelationshipType.CoordinatesWith, From = "mx-semar", To = "us-dea" };

        relationship.HasDefaultId().ShouldBeTrue();
        (relationship with { To = "us-fbi" }).HasDefaultId().ShouldBeFalse();
        (relationship with { From = "mx-sema" }).HasDefaultId().ShouldBeFalse();
        (relationship with { Type = RelationshipType.DependsOn }).HasDefaultId().ShouldBeFalse();
        (relationship with { Id = "semar-dea-channel" }).HasDefaultId().ShouldBeFalse();
    }
}
