using KnowledgeGraph.Application.Exports;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Application.Tests.Exports;

public sealed class ExportParametersTests
{
    [Fact]
    public void ReadsEveryParameterOfANeighbourhoodRequest()
    {
        var request = ExportParameters.Parse("Neighborhood", " mx-gn ", "3", "part_of, MEMBER-OF", "2020-01-01", "true");

        request.ShouldBe(request with
        {
            Scope = ExportScope.Neighbourhood,
            Id = "mx-gn",
            Depth = 3,
            AsOf = new DateOnly(2020, 1, 1),
            Analytics = true,
        });
        request.Types.ShouldBe([RelationshipType.PartOf, RelationshipType.MemberOf]);
    }

    [Fact]
    public void DefaultsToTheWholeGraphWithoutDateOrAnalytics()
    {
        var request = ExportParameters.Parse(null, "", null, " ", null, null);

        request.Scope.ShouldBe(ExportScope.All);
        request.Id.ShouldBeNull();
        request.AsOf.ShouldBeNull();
        request.Analytics.ShouldBeFalse();
    }

    [Theory]
    [InlineData("region", null, null, null, null, null, "scope")]
    [InlineData("neighbourhood", null, null, null, null, null, "id")]
    [InlineData("neighbourhood", "mx-gn", "0", null, null, null, "depth")]
    [InlineData("neighbourhood", "mx-gn", "6", null, null, null, "depth")]
    [InlineData("neighbourhood", "mx-gn", "two", null, null, null, "depth")]
    [InlineData("neighbourhood", "mx-gn", "-1", null, null, null, "depth")]
    [InlineData("neighbourhood", "mx-gn", null, "LIKES", null, null, "types")]
    [InlineData("all", "mx-gn", null, null, null, null, "id")]
    [InlineData("coordination", null, "2", null, null, null, "depth")]
    [InlineData("all", null, null, "PART_OF", null, null, "types")]
    [InlineData(null, null, null, null, "2025-13-01", null, "asOf")]
    [InlineData(null, null, null, null, "01/06/2025", null, "asOf")]
    [InlineData(null, null, null, null, null, "yes", "analytics")]
    public void NamesTheBadParameter(string? scope, string? id, string? depth, string? types, string? asOf, string? analytics, string parameter)
    {
        var error = Should.Throw<ExportException>(() => ExportParameters.Parse(scope, id, depth, types, asOf, analytics));

        error.Code.ShouldBe(ExportCodes.InvalidParameter);
        error.Parameter.ShouldBe(parameter);
    }

    [Theory]
    [InlineData("jsonl", null, "application/x-ndjson", "jsonl")]
    [InlineData("GraphML", ExportFormat.GraphML, "application/graphml+xml", "graphml")]
    [InlineData("gexf", ExportFormat.Gexf, "application/gexf+xml", "gexf")]
    [InlineData("cytoscape", ExportFormat.CytoscapeJson, "application/json", "cyjs")]
    [InlineData("dot", ExportFormat.Dot, "text/vnd.graphviz", "dot")]
    [InlineData("csv", ExportFormat.Csv, "application/zip", "zip")]
    public void ReadsEachFormatWithItsContentTypeAndExtension(string name, ExportFormat? format, string contentType, string extension)
    {
        var type = ExportParameters.ParseFormat(name);

        type.Format.ShouldBe(format);
        type.ContentType.ShouldBe(contentType);
        type.FileExtension.ShouldBe(extension);
    }

    [Fact]
    public void RefusesAnUnknownFormatListingTheKnownOnes()
    {
        var error = Should.Throw<ExportException>(() => ExportParameters.ParseFormat("pdf"));

        error.Parameter.ShouldBe("format");
        error.Message.ShouldContain("jsonl, graphml, gexf, cytoscape, dot, csv");
    }
}
