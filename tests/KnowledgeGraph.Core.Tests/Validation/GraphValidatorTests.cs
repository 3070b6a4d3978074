using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;

namespace KnowledgeGraph.Core.Tests.Validation;

public class GraphValidatorTests
{
    private static readonly Node SourceNode = new() { Id = "src-a", Kind = NodeKind.Source, Name = "A source" };

    private static Node Institution(string id, Dictionary<string, object>? props = null) => new()
    {
        Id = id,
        Kind = NodeKind.Institution,
        Name = id,
        Properties = props ?? new Dictionary<string, object> { ["country"] = "mx" },
        Provenance = new(["src-a"]),
    };

    private static Node Competency(string id) => new() { Id = id, Kind = NodeKind.Competency, Name = id, Provenance = new(["src-a"]) };

    private static Node Objective(string id) => new() { Id = id, Kind = NodeKind.Objective, Name = id, Provenance = new(["src-a"]) };

    private static Relationship Rel(string from, RelationshipType type, string to, Dictionary<string, object>? props = null) => new()
    {
        Id = Relationship.DefaultId(from, type, to),
        Type = type,
        From = from,
        To = to,
        Properties = props ?? [],
        Provenance = new(["src-a"]),
    };

    private static IReadOnlyList<ValidationProblem> Validate(IReadOnlyList<Node> nodes, params Relationship[] rels) =>
        GraphValidator.ValidateGraph([SourceNode, .. nodes], rels);

    [Fact]
    public void ValidGraphHasNoProblems()
    {
        var problems = Validate(
            [Institution("mx-a"), Competency("vetting")],
            Rel("mx-a", RelationshipType.HasCompetency, "vetting", new() { ["level"] = 3L }));
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void ReportsDuplicateNodeIds() =>
        Validate([Institution("mx-a"), Institution("mx-a")]).ShouldContain(p => p.Code == ValidationCodes.DuplicateId && p.ItemId == "mx-a");

    [Fact]
    public void ReportsUnknownReferenceOnTheEndThatIsMissing()
    {
        var problem = Validate([Institution("mx-a")], Rel("mx-a", RelationshipType.CoordinatesWith, "mx-missing")).ShouldHaveSingleItem();
        problem.Code.ShouldBe(ValidationCodes.UnknownReference);
        problem.Field.ShouldBe("to");
        problem.Message.ShouldContain("mx-missing");
    }

    [Fact]
    public void ReportsEndpointKindsTheTypeDoesNotAllow()
    {
        var problem = Validate([Institution("mx-a"), Competency("vetting")], Rel("vetting", RelationshipType.MemberOf, "mx-a", new() { ["role"] = "member" }))
            .ShouldHaveSingleItem();
        problem.Code.ShouldBe(ValidationCodes.EndpointKind);
        problem.Message.ShouldContain("MEMBER_OF");
    }

    [Fact]
    public void ReportsBadValueTypeAndRange()
    {
        var problems = Validate(
            [Institution("mx-a"), Competency("vetting"), Competency("arms")],
            Rel("mx-a", RelationshipType.HasCompetency, "vetting", new() { ["level"] = "high" }),
            Rel("mx-a", RelationshipType.HasCompetency, "arms", new() { ["level"] = 9L }));
        problems.ShouldContain(p => p.Code == ValidationCodes.BadValueType && p.Field == "level" && p.ItemId!.EndsWith("vetting"));
        problems.ShouldContain(p => p.Code == ValidationCodes.BadValue && p.Field == "level" && p.ItemId!.EndsWith("arms"));
    }

    [Fact]
    public void ReportsValuesOutsideTheAllowedList() =>
        Validate([Institution("mx-a", new() { ["level"] = "galactic" })])
            .ShouldHaveSingleItem().Code.ShouldBe(ValidationCodes.BadValue);

    [Fact]
    public void ReportsUnknownProperties() =>
        Validate([Institution("mx-a", new() { ["colour"] = "red" })])
            .ShouldHaveSingleItem().Code.ShouldBe(ValidationCodes.UnknownProperty);

    [Fact]
    public void ReportsMissingSourceUnlessImporting()
    {
        var node = Institution("mx-a") with { Provenance = Provenance.None };
        GraphValidator.ValidateGraph([node], []).ShouldHaveSingleItem().Code.ShouldBe(ValidationCodes.MissingSource);
        GraphValidator.ValidateGraph([node], [], ValidationOptions.Import).ShouldBeEmpty();
    }

    [Fact]
    public void ReportsSourcesThatAreNotSourceNodes() =>
        Validate([Institution("mx-a") with { Provenance = new(["mx-a"]) }])
            .ShouldHaveSingleItem().Code.ShouldBe(ValidationCodes.UnknownReference);

    [Fact]
    public void ReportsValidToBeforeValidFrom()
    {
        var node = Institution("mx-a") with { ValidFrom = new DateOnly(2024, 10, 1), ValidTo = new DateOnly(2019, 1, 1) };
        var problem = Validate([node]).ShouldHaveSingleItem();
        problem.Code.ShouldBe(ValidationCodes.BadDates);
        problem.Field.ShouldBe("validTo");
    }

    [Fact]
    public void ReportsMissingRequiredRelationshipProperty() =>
        Validate([Institution("mx-a"), Competency("vetting")], Rel("mx-a", RelationshipType.HasCompetency, "vetting"))
            .ShouldHaveSingleItem().Code.ShouldBe(ValidationCodes.MissingRequired);

    [Fact]
    public void ReportsReferencePropertiesThatNameTheWrongKind()
    {
        var problems = Validate(
            [Institution("mx-a"), Institution("mx-b")],
            Rel("mx-a", RelationshipType.DependsOn, "mx-b", new() { ["for"] = "mx-b" }));
        problems.ShouldHaveSingleItem().Code.ShouldBe(ValidationCodes.UnknownReference);
    }

    [Fact]
    public void NamesARequiresCycleNodeByNode()
    {
        var problems = Validate(
            [Objective("treaty"), Objective("trust"), Objective("vision")],
            Rel("treaty", RelationshipType.Requires, "trust"),
            Rel("trust", RelationshipType.Requires, "vision"),
            Rel("vision", RelationshipType.Requires, "treaty"));
        var problem = problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe(ValidationCodes.RequiresCycle);
        problem.Message.ShouldBe("REQUIRES cycle: treaty -> trust -> vision -> treaty");
    }

    [Fact]
    public void FindRequiresCycleReturnsNullForADag()
    {
        var rels = new[]
        {
            Rel("treaty", RelationshipType.Requires, "trust"),
            Rel("treaty", RelationshipType.Requires, "vision"),
            Rel("trust", RelationshipType.Requires, "vision"),
        };
        GraphValidator.FindRequiresCycle(rels).ShouldBeNull();
    }

    [Fact]
    public void ReportsEveryProblemInOneRun()
    {
        var problems = Validate(
            [Institution("mx-a"), Institution("mx-a"), Institution("Bad_Id"), Competency("vetting")],
            Rel("mx-a", RelationshipType.HasCompetency, "vetting", new() { ["level"] = "x" }),
            Rel("mx-a", RelationshipType.CoordinatesWith, "nowhere"));
        problems.Select(p => p.Code).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
    }
}
