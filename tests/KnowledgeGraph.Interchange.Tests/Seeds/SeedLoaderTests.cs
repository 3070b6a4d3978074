using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;
using KnowledgeGraph.Interchange.Seeds;
using KnowledgeGraph.Interchange.Tests.Support;
using static KnowledgeGraph.Interchange.Tests.Seeds.SeedFixtures;

namespace KnowledgeGraph.Interchange.Tests.Seeds;

public sealed class SeedLoaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _seeds;

    public SeedLoaderTests()
    {
        _seeds = Path.Combine(_dir.Path, "graph-seeds");
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void LoadsExactNodesRelationshipsAndTypedPropertiesGivenValidSeeds()
    {
        WriteValid(_dir);

        var result = SeedLoader.Load(_seeds);

        result.Problems.ShouldBeEmpty();
        result.FileCount.ShouldBe(3);
        result.Nodes.Select(n => n.Id).ShouldBe(["mx", "mx-sedena", "mx-gabinete", "secure-information-exchange", "src-essay", "src-facts"], ignoreOrder: true);
        var sedena = result.Nodes.Single(n => n.Id == "mx-sedena");
        sedena.ShouldBe(new Node
        {
            Id = "mx-sedena",
            Kind = NodeKind.Institution,
            Name = "Secretaría de la Defensa Nacional",
            Confidence = Confidence.High,
            Provenance = new Provenance(["src-facts", "src-essay"], "Army and Air Force."),
            ValidFrom = new DateOnly(1937, 10, 1),
            Properties = new Dictionary<string, object> { ["acronym"] = "SEDENA", ["country"] = "mx", ["level"] = "federal", ["type"] = "military" },
        });
        result.Nodes.Single(n => n.Id == "mx").Aliases.ShouldBe(["Mexico", "Estados Unidos Mexicanos"]);
        result.Nodes.Single(n => n.Id == "src-essay").Properties["published"].ShouldBe(new DateOnly(2025, 2, 1));

        result.Relationships.Select(r => r.Id).ShouldBe(
            ["mx-sedena--MEMBER_OF->mx-gabinete", "mx-sedena--HAS_COMPETENCY->secure-information-exchange", "sedena-in-mexico"], ignoreOrder: true);
        var competency = result.Relationships.Single(r => r.Type == RelationshipType.HasCompetency);
        competency.Properties["level"].ShouldBeOfType<long>().ShouldBe(3L);
        competency.Confidence.ShouldBe(Confidence.Low);
        competency.Provenance.ShouldBe(new Provenance(["src-essay"], "estimated from the essay"));
        result.Relationships.Single(r => r.Type == RelationshipType.MemberOf).ValidFrom.ShouldBe(new DateOnly(2019, 1, 1));
    }

    [Fact]
    public void ListsAllFivePlantedMistakesWithTheirFileAndLineGivenAFaultyCopy()
    {
        WriteValid(_dir);
        var places = Places + """

              - id: mx-sedena
                kind: Institution
                name: A second SEDENA
                confidence: low
                basis: inferred
                sources: [src-facts]
              - id: mx-fgr
                kind: Institution
                name: Fiscalía General de la República
                confidence: medium
                basis: inferred
            """;
        var links = Links.Replace("level: 3", "level: high", StringComparison.Ordinal) + """

              - type: MEMBER_OF
                from: mx-sedena
                to: mx-nowhere
                role: member
                confidence: high
                basis: inferred
                sources: [src-facts]
              - type: MEMBER_OF
                from: mx-sedena
                to: mx
                id: sedena-member-of-country
                role: member
                confidence: high
                basis: inferred
                sources: [src-facts]
            """;
        _dir.Write("graph-seeds/places.yaml", places);
        _dir.Write("graph-seeds/relationships/links.yaml", links);

        var result = SeedLoader.Load(_seeds);

        var placesFile = $"{_seeds}/places.yaml";
        var linksFile = $"{_seeds}/relationships/links.yaml";
        result.Nodes.ShouldBeEmpty();
        result.Relationships.ShouldBeEmpty();
        result.Problems.Select(p => (p.File, p.Line, p.Code)).ShouldBe(
        [
            (placesFile, LineOf(places, "name: A second SEDENA") - 2, ValidationCodes.DuplicateId),
            (placesFile, LineOf(places, "- id: mx-fgr"), ValidationCodes.MissingSource),
            (linksFile, LineOf(links, "level: high"), ValidationCodes.BadValueType),
            (linksFile, LineOf(links, "to: mx-nowhere"), ValidationCodes.UnknownReference),
            (linksFile, LineOf(links, "id: sedena-member-of-country") - 1, ValidationCodes.EndpointKind),
        ]);
        result.Problems[2].ToString().ShouldBe($"{linksFile}:{LineOf(links, "level: high")}:{ColumnOf(links, "high", after: "level: high")}: HAS_COMPETENCY.level must be integer, got 'high'");
        result.Problems[0].Message.ShouldBe($"duplicate node id 'mx-sedena' (first at {placesFile}:{LineOf(places, "- id: mx-sedena")})");
        result.Problems[3].Message.ShouldContain("mx-nowhere");
        result.Problems[4].Message.ShouldBe("MEMBER_OF does not allow Institution -> Country (allowed: Institution -> Mechanism)");
    }

    [Fact]
    public void NamesTheRequiresCycleNodeByNodeAndFlagsValidToBeforeValidFrom()
    {
        _dir.Write("graph-seeds/sources.yaml", Sources);
        var objectives = """
            kind: Objective
            nodes:
              - id: obj-a
                name: A
                confidence: high
                basis: inferred
                sources: [src-essay]
              - id: obj-b
                name: B
                confidence: high
                basis: inferred
                sources: [src-essay]
                validFrom: 2024-05-01
                validTo: 2020-01-01
              - id: obj-c
                name: C
                confidence: high
                basis: inferred
                sources: [src-essay]
            relationships:
              - {type: REQUIRES, from: obj-a, to: obj-b, confidence: high, basis: inferred, sources: [src-essay]}
              - {type: REQUIRES, from: obj-b, to: obj-c, confidence: high, basis: inferred, sources: [src-essay]}
              - {type: REQUIRES, from: obj-c, to: obj-a, confidence: high, basis: inferred, sources: [src-essay]}
            """;
        _dir.Write("graph-seeds/objectives.yaml", objectives);

        var result = SeedLoader.Load(_seeds);

        var file = $"{_seeds}/objectives.yaml";
        result.Problems.Select(p => p.ToString()).ShouldBe(
        [
            $"{file}:{LineOf(objectives, "validTo: 2020")}:{ColumnOf(objectives, "2020-01-01")}: validTo 2020-01-01 is before validFrom 2024-05-01",
            $"{file}:{LineOf(objectives, "from: obj-c")}:{ColumnOf(objectives, "obj-a, conf", after: "from: obj-c")}: REQUIRES cycle: obj-a -> obj-b -> obj-c -> obj-a",
        ]);
    }

    [Fact]
    public void ReportsSyntaxAndShapeErrorsInEveryFileInOneRun()
    {
        WriteValid(_dir);
        _dir.Write("graph-seeds/broken.yaml", "nodes:\n  - id: x\n    name: [unclosed\n");
        var shapes = """
            kind: Institution
            nodes:
              - id: mx-ssp
                kind: Ministry
                name: SSP
                confidence: high
                basis: inferred
                sources: [src-facts]
              - id: mx-cni
                name: CNI
                confidence: sure
                basis: inferred
                sources: [src-facts]
                validFrom: 2019-13-45
              - id: mx-uif
                name: UIF
                confidence: high
                basis: inferred
                sources: src-facts
                acronym: [U, I, F]
            relationships:
              - type: WORKS_WITH
                from: mx-cni
                to: mx-uif
            """;
        _dir.Write("graph-seeds/shapes.yaml", shapes);

        var result = SeedLoader.Load(_seeds);

        var shapesFile = $"{_seeds}/shapes.yaml";
        result.Problems.Select(p => (p.File, p.Line)).ShouldBe(
        [
            ($"{_seeds}/broken.yaml", 4),
            (shapesFile, LineOf(shapes, "kind: Ministry")),
            (shapesFile, LineOf(shapes, "confidence: sure")),
            (shapesFile, LineOf(shapes, "validFrom: 2019-13-45")),
            (shapesFile, LineOf(shapes, "sources: src-facts")),
            (shapesFile, LineOf(shapes, "sources: src-facts")),
            (shapesFile, LineOf(shapes, "acronym: [U")),
            (shapesFile, LineOf(shapes, "type: WORKS_WITH")),
        ]);
        result.Problems[0].Message.ShouldStartWith("YAML syntax error");
        result.Problems[1].Message.ShouldStartWith("unknown kind 'Ministry'");
        result.Problems[2].Message.ShouldBe("confidence 'sure' is not one of: high, medium, low");
        result.Problems[3].Message.ShouldBe("validFrom must be a date (YYYY-MM-DD), got '2019-13-45'");
        result.Problems[4].Message.ShouldStartWith("sources must be a list of strings");
        result.Problems[5].Code.ShouldBe(ValidationCodes.MissingSource);
        result.Problems[6].Message.ShouldBe("Institution.acronym must be a string, got a list");
        result.Problems[7].Message.ShouldStartWith("unknown relationship type 'WORKS_WITH'");
    }

    [Fact]
    public void PrintsPathsFromTheDirectoryAsTheCallerWroteIt()
    {
        WriteValid(_dir);
        _dir.Write("graph-seeds/extra.yaml", "kind: Barrier\nnodes:\n  - id: Bad_Id\n    name: x\n    confidence: high\n    basis: stated\n    sources: [src-essay]\n");
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = _dir.Path;
            var result = SeedLoader.Load("graph-seeds");
            result.Problems.Single().ToString().ShouldBe("graph-seeds/extra.yaml:3:9: id 'Bad_Id' is not kebab-case (lower-case letters, digits and single hyphens)");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void ThrowsDirectoryNotFoundGivenAMissingDirectory()
    {
        Should.Throw<DirectoryNotFoundException>(() => SeedLoader.Load(Path.Combine(_dir.Path, "nope")));
    }
}
