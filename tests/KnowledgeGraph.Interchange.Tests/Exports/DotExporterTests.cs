using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

public sealed class DotExporterTests : IDisposable
{
    private readonly ExportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task RendersToSvgWithoutWarningsGivenTheSampleGraph()
    {
        var path = await _files.WriteAsync(ExportFormat.Dot);

        var result = await ExternalTool.RunAsync("dot", ["-Tsvg", path]);

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardError.ShouldBeEmpty();
        result.StandardOutput.ShouldContain("<svg");
        result.StandardOutput.ShouldContain("Secretaría de la Defensa Nacional");
    }

    [Fact]
    public async Task ReadsBackInGraphvizWithTheSameCountsAndValues()
    {
        var path = await _files.WriteAsync(ExportFormat.Dot);

        using var json = JsonDocument.Parse(await ExternalTool.RunCheckedAsync("dot", ["-Tjson", path]));

        var root = json.RootElement;
        root.GetProperty("directed").GetBoolean().ShouldBeTrue();
        var nodes = root.GetProperty("objects").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        nodes.Keys.ShouldBe(SampleGraph.Nodes.Select(n => n.Id), ignoreOrder: true);
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        edges.Count.ShouldBe(SampleGraph.Relationships.Count);
        var guardia = nodes["mx-guardia-nacional"];
        guardia.GetProperty("label").GetString().ShouldBe("Guardia Nacional");
        guardia.GetProperty("kind").GetString().ShouldBe("Institution");
        guardia.GetProperty("betweenness").GetString().ShouldBe("0.625");
        nodes["bar-distrust"].GetProperty("label").GetString().ShouldBe("Desconfianza mutua (\"filtraciones\")");
        var coordinates = edges.Single(e => e.GetProperty("label").GetString() == "COORDINATES_WITH");
        coordinates.GetProperty("kg_weight").GetString().ShouldBe("0.35");
        coordinates.GetProperty("id").GetString().ShouldBe(SampleGraph.Coordinates.Id);
        coordinates.GetProperty("description").GetString().ShouldBe("Enlace operativo, \"caso por caso\" & <informal>");
    }

    [Fact]
    public async Task CountsNodesAndEdgesWithGvprGivenTheSampleGraph()
    {
        var path = await _files.WriteAsync(ExportFormat.Dot);

        var output = await ExternalTool.RunCheckedAsync("gvpr", ["BEG_G { printf(\"%d %d\\n\", nNodes($G), nEdges($G)) }", path]);

        output.Trim().ShouldBe($"{SampleGraph.Nodes.Count} {SampleGraph.Relationships.Count}");
    }

    [Fact]
    public async Task KeepsHostileIdsAndLabelsInsideTheirQuotes()
    {
        // An id and a name that would break out of unescaped quotes or inject label escapes (\N, \G).
        var hostile = new Node { Id = "x\" -> \"y", Kind = NodeKind.Barrier, Name = "a\\N \"b\" } digraph { c" };
        var other = new Node { Id = "node", Kind = NodeKind.Barrier, Name = "strict" };
        var relationship = new Relationship { Id = "r;1", Type = RelationshipType.DependsOn, From = hostile.Id, To = other.Id };
        var path = await _files.WriteAsync(ExportFormat.Dot, new Subgraph([hostile, other], [relationship]), withAnalytics: false);

        using var json = JsonDocument.Parse(await ExternalTool.RunCheckedAsync("dot", ["-Tjson", path]));

        var nodes = json.RootElement.GetProperty("objects").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        nodes.Keys.ShouldBe([hostile.Id, other.Id], ignoreOrder: true);
        nodes[hostile.Id].GetProperty("kg_name").GetString().ShouldBe("a\\\\N \"b\" } digraph { c");
        json.RootElement.GetProperty("edges").GetArrayLength().ShouldBe(1);
    }
}
