using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>kg export</c> with formats, scopes, as-of dates and analytics, on the seeded graph.</summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed class ExportCommandFormatsTests(SeededDatabase db) : IDisposable
{
    private static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task GraphMLOfTheWholeGraphHasEveryNodeOfTheStore()
    {
        var file = _dir.File("graph.graphml");

        var run = await db.RunAsync("export", "--format", "graphml", "--out", file);

        run.ExitCode.ShouldBe(0, run.Error);
        var stats = await db.Store.GetStatsAsync();
        var graph = XDocument.Load(file);
        graph.Descendants(GraphML + "node").Count().ShouldBe((int)stats.NodeCount);
        graph.Descendants(GraphML + "edge").Count().ShouldBe((int)stats.RelationshipCount);
        run.Error.ShouldBe($"exported {stats.NodeCount} nodes, {stats.RelationshipCount} relationships to {file}\n");
    }

    [Fact]
    public async Task AsOfDatesShowTheGuardiaNacionalUnderSspcIn2020AndUnderDefensaIn2025()
    {
        var before = await ExportGraphMLAsync("--as-of", "2020-01-01");
        var after = await ExportGraphMLAsync("--as-of", "2025-06-01");

        PartOf(before, "mx-gn").ShouldBe(["mx-sspc"]);
        PartOf(after, "mx-gn").ShouldBe(["mx-sedena"]);
        before.Descendants(GraphML + "node").Count().ShouldNotBe(after.Descendants(GraphML + "node").Count());
    }

    [Fact]
    public async Task JsonlAsOfADateDropsWhatHadEndedAndKeepsTheCanonicalHeader()
    {
        var whole = await db.RunAsync("export");
        var dated = await db.RunAsync("export", "--format", "jsonl", "--as-of", "2025-06-01");

        dated.ExitCode.ShouldBe(0, dated.Error);
        var lines = dated.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(whole.StdoutText.Split('\n')[0]);
        whole.StdoutText.ShouldContain("\"id\":\"mx-gn--PART_OF->mx-sspc\"");
        dated.StdoutText.ShouldNotContain("\"id\":\"mx-gn--PART_OF->mx-sspc\"");
        dated.StdoutText.ShouldContain("\"id\":\"mx-gn--PART_OF->mx-sedena\"");
        lines.Length.ShouldBeLessThan(whole.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task JsonlFormatWrittenToAFileIsTheDefaultExportByteForByte()
    {
        var file = _dir.File("graph.jsonl");

        var named = await db.RunAsync("export", "--format", "jsonl", "--out", file);
        var plain = await db.RunAsync("export");

        named.ExitCode.ShouldBe(0, named.Error);
        (await File.ReadAllBytesAsync(file)).ShouldBe(plain.StdoutBytes);
    }

    [Fact]
    public async Task GexfCytoscapeAndDotCarryEveryNode()
    {
        var stats = await db.Store.GetStatsAsync();

        var gexf = await db.RunAsync("export", "--format", "gexf");
        var cytoscape = await db.RunAsync("export", "--format", "cytoscape");
        var dot = await db.RunAsync("export", "--format", "dot");

        XDocument.Parse(gexf.StdoutText).Descendants(Gexf + "node").Count().ShouldBe((int)stats.NodeCount);
        using var json = JsonDocument.Parse(cytoscape.StdoutBytes);
        json.RootElement.GetProperty("elements").GetProperty("nodes").GetArrayLength().ShouldBe((int)stats.NodeCount);
        json.RootElement.GetProperty("elements").GetProperty("edges").GetArrayLength().ShouldBe((int)stats.RelationshipCount);
        dot.StdoutText.ShouldStartWith("digraph ");
        dot.StdoutText.ShouldContain("\"mx-policias-municipales\"");
        dot.StdoutText.TrimEnd().ShouldEndWith("}");
    }

    [Fact]
    public async Task CsvGoesToADirectoryWithBothFilesOrToAZip()
    {
        var directory = _dir.File("csv");
        var zip = _dir.File("graph.zip");

        var files = await db.RunAsync("export", "--format", "csv", "--out", directory);
        var zipped = await db.RunAsync("export", "--format", "csv", "--out", zip);

        files.ExitCode.ShouldBe(0, files.Error);
        (await File.ReadAllTextAsync(Path.Combine(directory, "nodes.csv"))).ShouldStartWith("id,kind,name,");
        (await File.ReadAllTextAsync(Path.Combine(directory, "edges.csv"))).ShouldStartWith("id,source,target,type,");
        zipped.ExitCode.ShouldBe(0, zipped.Error);
        using var archive = ZipFile.OpenRead(zip);
        archive.Entries.Select(e => e.FullName).Order().ShouldBe(["edges.csv", "nodes.csv"]);
    }

    [Fact]
    public async Task NeighbourhoodHoldsTheCentreAndItsNeighboursOnly()
    {
        var run = await db.RunAsync("export", "--format", "cytoscape", "--scope", "neighbourhood", "--id", "mx-gn", "--depth", "1", "--types", "PART_OF");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.StdoutBytes);
        var nodes = Ids(json, "nodes");
        nodes.ShouldContain("mx-gn");
        nodes.ShouldContain("mx-sedena");
        var edges = json.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        edges.ShouldNotBeEmpty();
        edges.ShouldAllBe(e => e.GetProperty("type").GetString() == "PART_OF");
        nodes.Where(n => n != "mx-gn").ShouldAllBe(n => edges.Any(e => Touches(e, "mx-gn", n)));
    }

    [Fact]
    public async Task CoordinationScopeWithAnalyticsIsTheAnalysisNetworkWithMeasuresPerActor()
    {
        var network = await db.Analysis.GetCoordinationNetworkAsync(asOf: null);
        var bottlenecks = await db.Analysis.GetBottlenecksAsync(1, null, weighted: false, samples: null, seed: null, asOf: null);

        var run = await db.RunAsync("export", "--format", "cytoscape", "--scope", "coordination", "--analytics");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.StdoutBytes);
        Ids(json, "nodes").Order().ShouldBe(network.Nodes.Select(n => n.Id).Order());
        var edges = json.RootElement.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        edges.Count.ShouldBe(network.Links.Count);
        edges.Sum(e => e.GetProperty("cost").GetDouble()).ShouldBe(network.Links.Sum(l => l.Cost), 1e-9);
        var nodes = json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        nodes.Count(n => n.TryGetProperty("betweenness", out var _) && n.TryGetProperty("coreNumber", out var _)).ShouldBe(nodes.Count);
        var first = nodes.Single(n => n.GetProperty("rank").GetInt32() == 1);
        first.GetProperty("id").GetString().ShouldBe(bottlenecks[0].NodeId);
        first.GetProperty("betweenness").GetDouble().ShouldBe(bottlenecks[0].Betweenness);
    }

    [Theory]
    [InlineData(new[] { "--format", "pdf" }, 2, "error: INVALID_PARAMETER: unknown format 'pdf'")]
    [InlineData(new[] { "--scope", "region" }, 2, "error: INVALID_PARAMETER: unknown scope 'region'")]
    [InlineData(new[] { "--scope", "neighbourhood" }, 2, "error: INVALID_PARAMETER: the neighbourhood scope needs the id")]
    [InlineData(new[] { "--scope", "neighbourhood", "--id", "mx-gn", "--depth", "6" }, 2, "error: INVALID_PARAMETER: depth must be between 1 and 5")]
    [InlineData(new[] { "--as-of", "2025-13-01" }, 2, "error: INVALID_PARAMETER: as-of date '2025-13-01'")]
    [InlineData(new[] { "--analytics" }, 2, "error: INVALID_PARAMETER: the canonical JSON lines carry no analytics")]
    [InlineData(new[] { "--format", "csv" }, 2, "error: csv needs --out")]
    [InlineData(new[] { "--scope", "neighbourhood", "--id", "mx-nowhere" }, 1, "error: UNKNOWN_NODE: no node has id 'mx-nowhere'")]
    public async Task RefusesBadRequestsWithACleanError(string[] options, int exitCode, string message)
    {
        var run = await db.RunAsync(["export", .. options]);

        run.ExitCode.ShouldBe(exitCode);
        run.Error.ShouldStartWith(message);
        run.Error.ShouldNotContain("   at ");
        run.StdoutBytes.ShouldBeEmpty();
    }

    private static List<string> Ids(JsonDocument json, string elements) =>
        [.. json.RootElement.GetProperty("elements").GetProperty(elements).EnumerateArray().Select(e => e.GetProperty("data").GetProperty("id").GetString()!)];

    private static bool Touches(JsonElement edge, string a, string b)
    {
        var (source, target) = (edge.GetProperty("source").GetString(), edge.GetProperty("target").GetString());
        return (source == a && target == b) || (source == b && target == a);
    }

    private static List<string> PartOf(XDocument graph, string id)
    {
        var typeKey = graph.Descendants(GraphML + "key").Single(k => (string?)k.Attribute("for") == "edge" && (string?)k.Attribute("attr.name") == "type");
        return [.. graph.Descendants(GraphML + "edge")
            .Where(e => (string?)e.Attribute("source") == id
                && e.Elements(GraphML + "data").Any(d => (string?)d.Attribute("key") == (string?)typeKey.Attribute("id") && d.Value == "PART_OF"))
            .Select(e => (string)e.Attribute("target")!)];
    }

    private async Task<XDocument> ExportGraphMLAsync(params string[] options)
    {
        var file = _dir.File($"graph-{Guid.NewGuid():N}.graphml");
        var run = await db.RunAsync(["export", "--format", "graphml", "--out", file, .. options]);
        run.ExitCode.ShouldBe(0, run.Error);
        return XDocument.Load(file);
    }
}
