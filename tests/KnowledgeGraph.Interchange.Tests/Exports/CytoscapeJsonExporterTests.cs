using System.Text.Json;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

public sealed class CytoscapeJsonExporterTests : IDisposable
{
    private readonly ExportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task WritesElementsWhoseEdgesReferToNodesGivenTheSampleGraph()
    {
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(await _files.WriteAsync(ExportFormat.CytoscapeJson)));

        var elements = json.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        nodes.Select(n => n.GetProperty("id").GetString()).ShouldBe(SampleGraph.Nodes.Select(n => n.Id));
        edges.Select(e => e.GetProperty("id").GetString()).ShouldBe(SampleGraph.Relationships.Select(r => r.Id));
        var nodeIds = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        edges.ShouldAllBe(e => nodeIds.Contains(e.GetProperty("source").GetString()) && nodeIds.Contains(e.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task KeepsJsonTypesForValuesGivenTheSampleGraph()
    {
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(await _files.WriteAsync(ExportFormat.CytoscapeJson)));

        var elements = json.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data"))
            .ToDictionary(n => n.GetProperty("id").GetString()!);
        var guardia = nodes["mx-guardia-nacional"];
        guardia.GetProperty("kind").GetString().ShouldBe("Institution");
        guardia.GetProperty("description").GetString().ShouldBe(SampleGraph.TrickyDescription);
        guardia.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["GN"]);
        guardia.GetProperty("sources").EnumerateArray().Select(a => a.GetString()).ShouldBe(["src-dof", "src-crs"]);
        guardia.GetProperty("validFrom").GetString().ShouldBe("2019-03-26");
        guardia.GetProperty("articulationPoint").ValueKind.ShouldBe(JsonValueKind.True);
        guardia.GetProperty("betweenness").GetDouble().ShouldBe(0.625);
        nodes["ag-bicentennial-framework"].GetProperty("form").GetString().ShouldBe("framework");
        nodes["ag-bicentennial-framework"].GetProperty("topics").GetArrayLength().ShouldBe(3);
        nodes["comp-intelligence-sharing"].TryGetProperty("articulationPoint", out _).ShouldBeFalse();

        var coordinates = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data"))
            .Single(e => e.GetProperty("type").GetString() == "COORDINATES_WITH");
        coordinates.GetProperty("strength").ValueKind.ShouldBe(JsonValueKind.Number);
        coordinates.GetProperty("strength").GetInt64().ShouldBe(2);
        coordinates.GetProperty("weight").GetDouble().ShouldBe(0.35);
        coordinates.GetProperty("source").GetString().ShouldBe("mx-guardia-nacional");
    }
}
