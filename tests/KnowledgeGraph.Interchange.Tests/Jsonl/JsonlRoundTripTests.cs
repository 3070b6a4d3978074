using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Interchange.Jsonl;
using KnowledgeGraph.Interchange.Seeds;
using KnowledgeGraph.Interchange.Tests.Seeds;
using KnowledgeGraph.Interchange.Tests.Support;

namespace KnowledgeGraph.Interchange.Tests.Jsonl;

public sealed class JsonlRoundTripTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ExportImportExportGivesIdenticalBytesGivenASeededGraph()
    {
        var source = await SeededStoreAsync();
        var first = await ExportAsync(source);
        var file = Path.Combine(_dir.Path, "graph.jsonl");
        await File.WriteAllBytesAsync(file, first);

        var target = new InterchangeTestStore();
        var imported = await JsonlGraphImporter.ImportAsync(target, file);
        var second = await ExportAsync(target);

        imported.Nodes.ShouldBe(source.Nodes.Count);
        imported.Relationships.ShouldBe(source.Relationships.Count);
        target.Nodes.ShouldBe(source.Nodes);
        target.Relationships.ShouldBe(source.Relationships);
        second.ShouldBe(first);
    }

    [Fact]
    public async Task WritesHeaderThenNodesThenRelationshipsWithTaggedDatesAndFloats()
    {
        var store = await SeededStoreAsync();
        var sedena = store.Nodes.Single(n => n.Id == "mx-sedena");
        var weighted = new Relationship
        {
            Id = "w",
            Type = RelationshipType.CoordinatesWith,
            From = "mx-sedena",
            To = "mx-gabinete",
            Properties = new Dictionary<string, object> { ["weight"] = 2.0 },
        };

        var text = Encoding.UTF8.GetString(await ExportAsync(ToAsync([sedena]), ToAsync([weighted])));
        var lines = text.Split('\n');

        lines.Length.ShouldBe(4);
        lines[0].ShouldBe("""{"record":"header","format":"knowledge-graph-jsonl","version":1}""");
        lines[1].ShouldBe(
            """{"record":"node","id":"mx-sedena","kind":"Institution","name":"Secretaría de la Defensa Nacional","properties":{"acronym":"SEDENA","country":"mx","level":"federal","type":"military"},"confidence":"high","sources":["src-facts","src-essay"],"note":"Army and Air Force.","validFrom":"1937-10-01"}""");
        lines[2].ShouldBe(
            """{"record":"relationship","id":"w","type":"COORDINATES_WITH","from":"mx-sedena","to":"mx-gabinete","properties":{"weight":{"float":2}},"confidence":"medium"}""");
        lines[3].ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadsEveryValueBackAsTheTypeItHad()
    {
        var node = new Node
        {
            Id = "n",
            Kind = NodeKind.Source,
            Name = "N",
            Properties = new Dictionary<string, object>
            {
                ["s"] = "2024-10-01",
                ["i"] = 42L,
                ["f"] = 0.1,
                ["whole"] = 3.0,
                ["b"] = true,
                ["d"] = new DateOnly(2024, 10, 1),
                ["list"] = (IReadOnlyList<string>)["a", "b"],
            },
        };

        var text = Encoding.UTF8.GetString(await ExportAsync(ToAsync([node]), ToAsync<Relationship>([])));
        using var document = System.Text.Json.JsonDocument.Parse(text.Split('\n')[1]);
        var back = JsonlRecords.ReadNode(document.RootElement);

        back.ShouldBe(node);
        back.Properties["whole"].ShouldBeOfType<double>();
        back.Properties["s"].ShouldBeOfType<string>();
        back.Properties["d"].ShouldBeOfType<DateOnly>();
    }

    [Fact]
    public async Task ReportsFileAndLineAndLoadsNothingGivenABadLine()
    {
        var file = _dir.Write("bad.jsonl", """
            {"record":"header","format":"knowledge-graph-jsonl","version":1}
            {"record":"node","id":"a","kind":"Barrier","name":"A","confidence":"high"}
            {"record":"node","id":"b","kind":"Planet","name":"B","confidence":"high"}
            """);
        var store = new InterchangeTestStore();

        var error = await Should.ThrowAsync<InterchangeException>(() => JsonlGraphImporter.ImportAsync(store, file, "bad.jsonl"));

        error.Message.ShouldBe("bad.jsonl:3: unknown kind 'Planet'");
        store.Nodes.ShouldBeEmpty();
    }

    [Fact]
    public async Task RejectsAGraphWhoseRelationshipPointsNowhere()
    {
        var file = _dir.Write("dangling.jsonl", """
            {"record":"header","format":"knowledge-graph-jsonl","version":1}
            {"record":"node","id":"a","kind":"Institution","name":"A","confidence":"high"}
            {"record":"relationship","id":"a--PART_OF->z","type":"PART_OF","from":"a","to":"z","confidence":"high"}
            """);
        var store = new InterchangeTestStore();

        var error = await Should.ThrowAsync<InterchangeException>(() => JsonlGraphImporter.ImportAsync(store, file, "dangling.jsonl"));

        error.Message.ShouldBe("dangling.jsonl:3: PART_OF.to refers to unknown node 'z'");
        store.Nodes.ShouldBeEmpty();
    }

    private async Task<InterchangeTestStore> SeededStoreAsync()
    {
        SeedFixtures.WriteValid(_dir);
        var seeds = SeedLoader.Load(Path.Combine(_dir.Path, "graph-seeds"));
        seeds.Problems.ShouldBeEmpty();
        var store = new InterchangeTestStore();
        await using var session = await store.BeginImportAsync();
        await session.AddNodesAsync(seeds.Nodes);
        await session.AddRelationshipsAsync(seeds.Relationships);
        await session.CommitAsync();
        return store;
    }

    private static async Task<byte[]> ExportAsync(InterchangeTestStore store)
    {
        using var output = new MemoryStream();
        await JsonlGraphWriter.WriteAsync(store, output);
        return output.ToArray();
    }

    private static async Task<byte[]> ExportAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Relationship> relationships)
    {
        using var output = new MemoryStream();
        await JsonlGraphWriter.WriteAsync(nodes, relationships, output);
        return output.ToArray();
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
