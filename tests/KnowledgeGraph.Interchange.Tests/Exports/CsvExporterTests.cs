using System.IO.Compression;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

public sealed class CsvExporterTests : IDisposable
{
    // Python's csv module, not ours, reads the files back: counts, header and a few tricky cells.
    private const string ReadTables = """
        def table(path):
            with open(path, newline="", encoding="utf-8") as f:
                return list(csv.DictReader(f, strict=True))
        nodes, edges = table(sys.argv[1]), table(sys.argv[2])
        gn = next(n for n in nodes if n["id"] == "mx-guardia-nacional")
        coordinates = next(e for e in edges if e["type"] == "COORDINATES_WITH")
        print(json.dumps({
            "nodes": len(nodes), "edges": len(edges), "nodeHeader": list(nodes[0].keys()), "edgeHeader": list(edges[0].keys()),
            "description": gn["description"], "note": gn["note"], "sources": gn["sources"], "betweenness": gn["betweenness"],
            "name": next(n for n in nodes if n["id"] == "bar-distrust")["name"],
            "edge": [coordinates["id"], coordinates["source"], coordinates["target"], coordinates["weight"], coordinates["description"]],
        }))
        """;

    private readonly ExportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task WritesAZipOfNodesAndEdgesThatPythonCsvReadsBack()
    {
        var zipPath = await _files.WriteAsync(ExportFormat.Csv);
        var folder = Path.Combine(_files.Folder, "unzipped");

        await ZipFile.ExtractToDirectoryAsync(zipPath, folder);

        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(["edges.csv", "nodes.csv"], ignoreOrder: true);
        await ShouldReadBackAsync(folder);
    }

    [Fact]
    public async Task WritesTwoFilesInADirectoryThatPythonCsvReadsBack()
    {
        var folder = Path.Combine(_files.Folder, "out", "csv");

        await ExportWriter.WriteCsvFilesAsync(SampleGraph.Graph, SampleGraph.Analytics, folder);

        await ShouldReadBackAsync(folder);
    }

    [Fact]
    public async Task EndsRecordsWithCrlfAndQuotesOnlyWhenNeeded()
    {
        var folder = Path.Combine(_files.Folder, "csv");
        await ExportWriter.WriteCsvFilesAsync(SampleGraph.Graph, SampleGraph.Analytics, folder);

        var text = await File.ReadAllTextAsync(Path.Combine(folder, "nodes.csv"), Encoding.UTF8);

        text.ShouldStartWith("id,kind,name,aliases,description,confidence,sources,note,validFrom,validTo,");
        text.Split("\r\n").Length.ShouldBe(SampleGraph.Nodes.Count + 2); // header, rows, and the empty tail after the last CRLF
        text.ShouldContain("\"Seguridad pública & \"\"proximidad\"\" <federal>, desde 2019;\nantes SSPC\"");
        text.ShouldContain("\r\nmx-sedena,Institution,Secretaría de la Defensa Nacional,SEDENA; Defensa,");
    }

    private static async Task ShouldReadBackAsync(string folder)
    {
        var read = await Python.RunAsync(ReadTables, Path.Combine(folder, "nodes.csv"), Path.Combine(folder, "edges.csv"));

        read.GetProperty("nodes").GetInt32().ShouldBe(SampleGraph.Nodes.Count);
        read.GetProperty("edges").GetInt32().ShouldBe(SampleGraph.Relationships.Count);
        Strings(read.GetProperty("nodeHeader")).ShouldContain("articulationPoint");
        Strings(read.GetProperty("nodeHeader")).ShouldContain("form");
        Strings(read.GetProperty("edgeHeader")).Take(4).ShouldBe(["id", "source", "target", "type"]);
        read.GetProperty("description").GetString().ShouldBe(SampleGraph.TrickyDescription);
        read.GetProperty("note").GetString().ShouldBe("Reforma constitucional, DOF 2024-09-30");
        read.GetProperty("sources").GetString().ShouldBe("src-dof; src-crs");
        read.GetProperty("betweenness").GetString().ShouldBe("0.625");
        read.GetProperty("name").GetString().ShouldBe("Desconfianza mutua (\"filtraciones\")");
        Strings(read.GetProperty("edge")).ShouldBe(
        [
            SampleGraph.Coordinates.Id, "mx-guardia-nacional", "us-dea", "0.35", "Enlace operativo, \"caso por caso\" & <informal>",
        ]);
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
