using System.Text;
using KnowledgeGraph.Application.Exports;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Interchange.Jsonl;

namespace KnowledgeGraph.Application.Tests.Exports;

public sealed class ExportServiceTests(ExportStoreFixture fixture) : IClassFixture<ExportStoreFixture>
{
    private ExportService Exports => fixture.Exports;

    [Fact]
    public async Task AllScopeHoldsEveryNodeAndRelationshipWithoutADate()
    {
        var graph = await Exports.GetSubgraphAsync(new ExportRequest());

        Ids(graph.Nodes).ShouldBe(fixture.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Ids(graph.Relationships).ShouldBe(fixture.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AllScopeAsOfADateKeepsWhatWasValidAndDropsRelationshipsWhoseEndIsGone()
    {
        var graph = await Exports.GetSubgraphAsync(new ExportRequest { AsOf = ExportStoreFixture.Recent });

        Ids(graph.Nodes).ShouldNotContain("adhoc-task", "the ad-hoc task force ended in 2020");
        Ids(graph.Nodes).ShouldNotContain("ag-old");
        graph.Relationships.ShouldNotContain(r => r.From == "adhoc-task" || r.To == "adhoc-task", "its memberships lost an end");
        graph.Relationships.ShouldContain(r => r.From == "mx-guard" && r.To == "mx-ministry-b");
        graph.Relationships.ShouldNotContain(r => r.From == "mx-guard" && r.To == "mx-ministry-a");
        graph.Relationships.ShouldAllBe(r => r.IsValidOn(ExportStoreFixture.Recent));
        var kept = Ids(graph.Nodes).ToHashSet();
        graph.Relationships.ShouldAllBe(r => kept.Contains(r.From) && kept.Contains(r.To));
        var expectedNodes = fixture.Nodes.Where(n => n.IsValidOn(ExportStoreFixture.Recent)).Select(n => n.Id).ToHashSet();
        kept.SetEquals(expectedNodes).ShouldBeTrue();
    }

    [Fact]
    public async Task AllScopeBeforeTheTransferHasTheOldHierarchy()
    {
        var graph = await Exports.GetSubgraphAsync(new ExportRequest { AsOf = ExportStoreFixture.Old });

        graph.Relationships.Where(r => r.From == "mx-guard" && r.Type == RelationshipType.PartOf).Select(r => r.To).ShouldBe(["mx-ministry-a"]);
        Ids(graph.Nodes).ShouldContain("adhoc-task");
    }

    [Fact]
    public async Task NeighbourhoodHoldsTheNodesWithinTheDepthAndTheRelationshipsAmongThem()
    {
        var graph = await Exports.GetSubgraphAsync(new ExportRequest { Scope = ExportScope.Neighbourhood, Id = "mx-ssp", Depth = 1 });

        var expected = fixture.Relationships.Where(r => r.From == "mx-ssp" || r.To == "mx-ssp").SelectMany(r => new[] { r.From, r.To }).Append("mx-ssp");
        Ids(graph.Nodes).Order(StringComparer.Ordinal).ShouldBe(expected.Distinct().Order(StringComparer.Ordinal));
        var kept = Ids(graph.Nodes).ToHashSet();
        graph.Relationships.ShouldAllBe(r => kept.Contains(r.From) && kept.Contains(r.To));
    }

    [Fact]
    public async Task NeighbourhoodAsOfADateWalksOnlyOverRelationshipsValidOnIt()
    {
        var request = new ExportRequest { Scope = ExportScope.Neighbourhood, Id = "mx-guard", Depth = 2 };

        var old = await Exports.GetSubgraphAsync(request with { AsOf = ExportStoreFixture.Old });
        var recent = await Exports.GetSubgraphAsync(request with { AsOf = ExportStoreFixture.Recent });
        var undated = await Exports.GetSubgraphAsync(request);

        Ids(old.Nodes).Order().ShouldBe(["mx-guard", "mx-liaison", "mx-ministry-a"]);
        // Ministry A and the liaison office were reached only over links that had ended by then.
        Ids(recent.Nodes).Order().ShouldBe(["mx-guard", "mx-ministry-b"]);
        Ids(undated.Nodes).Order().ShouldBe(["mx-guard", "mx-liaison", "mx-ministry-a", "mx-ministry-b"]);
    }

    [Fact]
    public async Task NeighbourhoodOfAnUnknownIdIsRefusedAsUnknownNode()
    {
        var error = await Should.ThrowAsync<ExportException>(() =>
            Exports.GetSubgraphAsync(new ExportRequest { Scope = ExportScope.Neighbourhood, Id = "mx-nowhere" }));

        error.Code.ShouldBe(ExportCodes.UnknownNode);
        error.Parameter.ShouldBe("id");
    }

    [Fact]
    public async Task NeighbourhoodOfANodeThatDidNotExistOnTheDateIsRefused()
    {
        var error = await Should.ThrowAsync<ExportException>(() =>
            Exports.GetSubgraphAsync(new ExportRequest { Scope = ExportScope.Neighbourhood, Id = "mx-guard", AsOf = new DateOnly(2018, 1, 1) }));

        error.Code.ShouldBe(ExportCodes.UnknownNode);
        error.Message.ShouldContain("not valid on 2018-01-01");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2020-01-01")]
    [InlineData("2025-06-01")]
    public async Task CoordinationScopeIsTheAnalysisNetworkWithOneCostedRelationshipPerLink(string? date)
    {
        DateOnly? asOf = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var network = await fixture.Analysis.GetCoordinationNetworkAsync(asOf);

        var graph = await Exports.GetSubgraphAsync(new ExportRequest { Scope = ExportScope.Coordination, AsOf = asOf });

        Ids(graph.Nodes).Order().ShouldBe(network.Nodes.Select(n => n.Id).Order());
        graph.Relationships.Count.ShouldBe(network.Links.Count);
        foreach (var link in network.Links)
        {
            var relationship = graph.Relationships.Single(r => r.From == link.From && r.To == link.To);
            relationship.Type.ShouldBe(RelationshipType.CoordinatesWith);
            relationship.Properties["cost"].ShouldBe(link.Cost);
            relationship.Properties["channel"].ShouldBe(link.Channel);
            ((IEnumerable<string>)relationship.Properties["via"]).ShouldBe(link.RelationshipIds);
            ((IEnumerable<string>)relationship.Properties["reasons"]).Count().ShouldBe(link.Reasons.Count);
        }
    }

    [Fact]
    public async Task CoordinationLinksTakeTheLowestConfidenceOfTheRelationshipsTheyStandFor()
    {
        var graph = await Exports.GetSubgraphAsync(new ExportRequest { Scope = ExportScope.Coordination, AsOf = ExportStoreFixture.Recent });

        // us-fbi MEMBER_OF bi-sig is the sample's one low-confidence relationship.
        graph.Relationships.Single(r => (r.From, r.To) is ("us-fbi", "bi-sig") or ("bi-sig", "us-fbi")).Confidence.ShouldBe(Confidence.Low);
        graph.Relationships.Single(r => (r.From, r.To) is ("us-fbi", "us-jttf") or ("us-jttf", "us-fbi")).Confidence.ShouldBe(Confidence.High);
    }

    [Fact]
    public async Task AnalyticsAttributesAreTheBottleneckMeasuresOfEveryActor()
    {
        var rows = await fixture.Analysis.GetBottlenecksAsync(1000, null, weighted: false, samples: null, seed: null, ExportStoreFixture.Recent);

        var attributes = await Exports.GetAnalyticsAttributesAsync(ExportStoreFixture.Recent);

        attributes.Keys.Order().ShouldBe(rows.Select(r => r.NodeId).Order());
        foreach (var row in rows)
        {
            attributes[row.NodeId]["betweenness"].ShouldBe(row.Betweenness);
            attributes[row.NodeId]["articulationPoint"].ShouldBe(row.ArticulationPoint);
            attributes[row.NodeId]["coreNumber"].ShouldBe((long)row.CoreNumber);
            attributes[row.NodeId]["rank"].ShouldBe((long)row.Rank);
        }

        attributes.Keys.ShouldNotContain("ag-merida", "agreements are not actors of the network");
    }

    [Fact]
    public async Task JsonlOfTheWholeGraphIsTheCanonicalExportByteForByte()
    {
        using var expected = new MemoryStream();
        await JsonlGraphWriter.WriteAsync(fixture.Store, expected);

        var export = await Exports.PrepareAsync(ExportFileType.Jsonl, new ExportRequest());
        using var actual = new MemoryStream();
        var summary = await export.WriteAsync(actual);

        actual.ToArray().ShouldBe(expected.ToArray());
        summary.ShouldBe(new ExportSummary(fixture.Nodes.Count, fixture.Relationships.Count));
        export.FileName.ShouldBe("knowledge-graph.jsonl");
    }

    [Fact]
    public async Task JsonlOfANeighbourhoodListsItsItemsInIdOrder()
    {
        var export = await Exports.PrepareAsync(ExportFileType.Jsonl, new ExportRequest { Scope = ExportScope.Neighbourhood, Id = "us-fbi", Depth = 1 });
        using var output = new MemoryStream();
        var summary = await export.WriteAsync(output);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1 + (int)summary.Nodes + (int)summary.Relationships);
        var nodeIds = lines.Skip(1).Take((int)summary.Nodes).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        nodeIds.ShouldContain("us-fbi");
        nodeIds.ShouldBe(nodeIds.Order(StringComparer.Ordinal));
        export.FileName.ShouldBe("knowledge-graph-neighbourhood-us-fbi.jsonl");
    }

    [Fact]
    public async Task RefusesAnalyticsInTheCanonicalJsonl()
    {
        var error = await Should.ThrowAsync<ExportException>(() => Exports.PrepareAsync(ExportFileType.Jsonl, new ExportRequest { Analytics = true }));

        error.Code.ShouldBe(ExportCodes.InvalidParameter);
        error.Parameter.ShouldBe("analytics");
    }

    [Fact]
    public async Task CsvFilesGoToADirectoryAndNameTheScopeAndDate()
    {
        ExportParameters.TryParseDate("2025-06-01", out var date).ShouldBeTrue();
        var export = await Exports.PrepareAsync(ExportParameters.ParseFormat("csv"), new ExportRequest { Scope = ExportScope.Coordination, AsOf = date, Analytics = true });
        var directory = Directory.CreateTempSubdirectory("kg-export-csv-").FullName;
        try
        {
            var summary = await export.WriteCsvFilesAsync(directory);

            var nodes = await File.ReadAllLinesAsync(Path.Combine(directory, "nodes.csv"));
            nodes[0].ShouldEndWith(",articulationPoint,betweenness,coreNumber,rank");
            nodes.Length.ShouldBe(1 + (int)summary.Nodes);
            File.Exists(Path.Combine(directory, "edges.csv")).ShouldBeTrue();
            export.FileName.ShouldBe("knowledge-graph-coordination-2025-06-01.zip");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static List<string> Ids(IEnumerable<Node> nodes) => [.. nodes.Select(n => n.Id)];

    private static List<string> Ids(IEnumerable<Relationship> relationships) => [.. relationships.Select(r => r.Id)];
}
