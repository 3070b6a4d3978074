using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

public sealed class GraphMLExporterTests : IDisposable
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";
    private readonly ExportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task IsValidAgainstThePublishedSchemaGivenTheSampleGraph()
    {
        var path = await _files.WriteAsync(ExportFormat.GraphML);

        SchemaErrors(XDocument.Load(path)).ShouldBeEmpty();
    }

    [Fact]
    public async Task PassesXmllintSchemaValidationGivenTheSampleGraph()
    {
        var path = await _files.WriteAsync(ExportFormat.GraphML);

        var result = await ExternalTool.RunAsync("xmllint", ["--noout", "--nonet", "--schema", SchemaPath("graphml.xsd"), path]);

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardError.ShouldContain("validates");
    }

    [Fact]
    public async Task FailsSchemaValidationGivenAnEdgeToAMissingNode()
    {
        // The validator must be able to say no: point one edge at a node that is not there.
        var document = XDocument.Load(await _files.WriteAsync(ExportFormat.GraphML));
        document.Descendants(G + "edge").First().SetAttributeValue("target", "nowhere");

        SchemaErrors(document).ShouldContain(e => e.Contains("nowhere"));
    }

    [Fact]
    public async Task DeclaresOneTypedKeyPerColumnGivenTheSampleGraph()
    {
        var document = XDocument.Load(await _files.WriteAsync(ExportFormat.GraphML));

        var keys = document.Descendants(G + "key")
            .ToDictionary(k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!), k => (string)k.Attribute("attr.type")!);
        string[] builtIns = ["kind", "name", "aliases", "confidence", "sources", "note", "validFrom", "validTo", "description"];
        builtIns.Select(name => keys[("node", name)]).ShouldAllBe(type => type == "string");
        keys[("edge", "type")].ShouldBe("string");
        keys[("edge", "level")].ShouldBe("long");
        keys[("edge", "weight")].ShouldBe("double");
        keys[("node", "betweenness")].ShouldBe("double");
        keys[("node", "articulationPoint")].ShouldBe("boolean");
        keys[("node", "form")].ShouldBe("string");
        keys.ShouldNotContainKey(("node", "role"));
    }

    [Fact]
    public async Task ReadsBackInNetworkxWithTheSameCountsAndValues()
    {
        var path = await _files.WriteAsync(ExportFormat.GraphML);

        var read = await Python.RunAsync(
            """
            g = nx.read_graphml(sys.argv[1])
            gn = g.nodes["mx-guardia-nacional"]
            edges = [d for _, _, d in g.edges(data=True) if d.get("type") == "COORDINATES_WITH"]
            print(json.dumps({
                "directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "between": g.number_of_edges("mx-guardia-nacional", "us-dea"),
                "name": g.nodes["mx-sedena"]["name"], "kind": g.nodes["mx-sedena"]["kind"],
                "description": gn["description"], "validFrom": gn["validFrom"],
                "betweenness": gn["betweenness"], "articulation": gn["articulationPoint"],
                "articulationType": type(gn["articulationPoint"]).__name__,
                "strength": edges[0]["strength"], "strengthType": type(edges[0]["strength"]).__name__,
                "weight": edges[0]["weight"], "agreementForm": g.nodes["ag-bicentennial-framework"]["form"],
            }))
            """,
            path);

        read.GetProperty("directed").GetBoolean().ShouldBeTrue();
        read.GetProperty("nodes").GetInt32().ShouldBe(SampleGraph.Nodes.Count);
        read.GetProperty("edges").GetInt32().ShouldBe(SampleGraph.Relationships.Count);
        read.GetProperty("between").GetInt32().ShouldBe(3);
        read.GetProperty("name").GetString().ShouldBe("Secretaría de la Defensa Nacional");
        read.GetProperty("kind").GetString().ShouldBe(nameof(NodeKind.Institution));
        read.GetProperty("description").GetString().ShouldBe(SampleGraph.TrickyDescription);
        read.GetProperty("validFrom").GetString().ShouldBe("2019-03-26");
        read.GetProperty("betweenness").GetDouble().ShouldBe(0.625);
        read.GetProperty("articulation").GetBoolean().ShouldBeTrue();
        read.GetProperty("articulationType").GetString().ShouldBe("bool");
        read.GetProperty("strength").GetInt64().ShouldBe(2);
        read.GetProperty("strengthType").GetString().ShouldBe("int");
        read.GetProperty("weight").GetDouble().ShouldBe(0.35);
        read.GetProperty("agreementForm").GetString().ShouldBe("framework");
    }

    [Fact]
    public async Task EncodesRelationshipIdsAsNameTokensThatDecodeBack()
    {
        var document = XDocument.Load(await _files.WriteAsync(ExportFormat.GraphML));

        var ids = document.Descendants(G + "edge").Select(e => XmlConvert.DecodeName((string)e.Attribute("id")!)).ToList();

        ids.ShouldBe(SampleGraph.Relationships.Select(r => r.Id).ToList());
    }

    private static string SchemaPath(string file)
    {
        var path = Path.Combine(ExternalTool.RepositoryRoot(), "tests", "fixtures", "graphml", file);
        File.Exists(path).ShouldBeTrue($"{path} is missing: run 'bash {ExternalTool.DepsScript}' (fetches the GraphML XSD).");
        return path;
    }

    private static List<string> SchemaErrors(XDocument document)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, SchemaPath("graphml.xsd"));
        schemas.Compile();
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }
}
