using System.Xml.Linq;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

public sealed class GexfExporterTests : IDisposable
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";
    private readonly ExportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task WritesAGexf13DirectedGraphWithTypedAttributes()
    {
        var document = XDocument.Load(await _files.WriteAsync(ExportFormat.Gexf));

        var root = document.Root!;
        root.Name.ShouldBe(Gexf + "gexf");
        ((string?)root.Attribute("version")).ShouldBe("1.3");
        ((string?)root.Element(Gexf + "graph")!.Attribute("defaultedgetype")).ShouldBe("directed");
        var edges = root.Descendants(Gexf + "edge").ToList();
        edges.Select(e => (string?)e.Attribute("type")).ShouldAllBe(t => t == "directed");
        edges.Select(e => (string?)e.Attribute("kind")).ShouldBe(SampleGraph.Relationships.Select(r => r.Type.ToWireName()));
        var edgeTypes = root.Descendants(Gexf + "attributes").Single(a => (string?)a.Attribute("class") == "edge")
            .Elements(Gexf + "attribute").ToDictionary(a => (string)a.Attribute("title")!, a => (string)a.Attribute("type")!);
        edgeTypes["level"].ShouldBe("long");
        edgeTypes["weight"].ShouldBe("double");
        edgeTypes["type"].ShouldBe("string");
    }

    [Fact]
    public async Task ReadsBackInNetworkxWithTheSameCountsAndValues()
    {
        var path = await _files.WriteAsync(ExportFormat.Gexf);

        var read = await Python.RunAsync(
            """
            g = nx.read_gexf(sys.argv[1])
            gn = g.nodes["mx-guardia-nacional"]
            levels = sorted(d["level"] for _, _, d in g.edges(data=True) if d.get("type") == "HAS_COMPETENCY")
            coordinates = [d for _, _, d in g.edges(data=True) if d.get("label") == "COORDINATES_WITH"][0]
            print(json.dumps({
                "directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "between": g.number_of_edges("mx-guardia-nacional", "us-dea"),
                "label": g.nodes["mx-sedena"]["label"], "kind": g.nodes["mx-sedena"]["kind"],
                "description": gn["description"], "articulation": gn["articulationPoint"],
                "articulationType": type(gn["articulationPoint"]).__name__, "betweenness": gn["betweenness"],
                "levels": levels, "weight": coordinates["weight"], "channel": coordinates["channel"],
            }))
            """,
            path);

        read.GetProperty("directed").GetBoolean().ShouldBeTrue();
        read.GetProperty("nodes").GetInt32().ShouldBe(SampleGraph.Nodes.Count);
        read.GetProperty("edges").GetInt32().ShouldBe(SampleGraph.Relationships.Count);
        read.GetProperty("between").GetInt32().ShouldBe(3);
        read.GetProperty("label").GetString().ShouldBe("Secretaría de la Defensa Nacional");
        read.GetProperty("kind").GetString().ShouldBe("Institution");
        read.GetProperty("description").GetString().ShouldBe(SampleGraph.TrickyDescription);
        read.GetProperty("articulation").GetBoolean().ShouldBeTrue();
        read.GetProperty("articulationType").GetString().ShouldBe("bool");
        read.GetProperty("betweenness").GetDouble().ShouldBe(0.625);
        read.GetProperty("levels").EnumerateArray().Select(l => l.GetInt64()).ShouldBe([4L, 5L]);
        read.GetProperty("weight").GetDouble().ShouldBe(0.35);
        read.GetProperty("channel").GetString().ShouldBe("Grupo de Implementación de Seguridad");
    }
}
