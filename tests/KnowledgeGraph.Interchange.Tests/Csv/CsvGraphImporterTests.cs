using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange.Csv;
using KnowledgeGraph.Interchange.Tests.Support;

namespace KnowledgeGraph.Interchange.Tests.Csv;

public sealed class CsvGraphImporterTests : IDisposable
{
    private const string Nodes = "id,name\nn-1,First\nn-2,Second\nn-3,\nn-4,Fourth\n";
    private const string Edges = "src,dst,weight\nn-1,n-2,0.5\nn-2,n-3,2\nn-3,n-1,\nn-4,n-1,1e-3\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ImportsNodesAndWeightedRelationshipsInBatchesGivenGoodFiles()
    {
        var store = new InterchangeTestStore();
        var progress = new List<CsvImportProgress>();

        var result = await CsvGraphImporter.ImportAsync(store, Options(Nodes, Edges) with { BatchSize = 3 }, progress.Add);

        result.Nodes.ShouldBe(4);
        result.Relationships.ShouldBe(4);
        result.Write.NodesCreated.ShouldBe(4);
        result.Write.RelationshipsCreated.ShouldBe(4);
        store.Nodes.Select(n => (n.Id, n.Name, n.Kind)).ShouldBe(
            [("n-1", "First", NodeKind.Institution), ("n-2", "Second", NodeKind.Institution), ("n-3", "n-3", NodeKind.Institution), ("n-4", "Fourth", NodeKind.Institution)]);
        store.Nodes.First().Provenance.Note.ShouldBe("imported from nodes.csv");
        var edge = store.Relationships.Single(r => r.From == "n-1");
        edge.Id.ShouldBe("n-1--COORDINATES_WITH->n-2");
        edge.Properties["weight"].ShouldBe(0.5);
        store.Relationships.Single(r => r.From == "n-3").Properties.ShouldBeEmpty();
        store.Relationships.Single(r => r.From == "n-4").Properties["weight"].ShouldBe(0.001);
        progress.Where(p => p.Phase == CsvImportPhase.Nodes).Select(p => p.Rows).ShouldBe([3L, 4L]);
        progress.Where(p => p.Phase == CsvImportPhase.Edges).Select(p => p.Rows).ShouldBe([3L, 4L]);
        progress.Last().Phase.ShouldBe(CsvImportPhase.Committing);
    }

    [Fact]
    public async Task UsesTheGivenKindAndTypeWithoutWeightColumn()
    {
        var store = new InterchangeTestStore();

        await CsvGraphImporter.ImportAsync(
            store, Options("id\nm-1\nm-2\n", "src,dst\nm-1,m-2\n") with { NodeKind = NodeKind.Mechanism, RelationshipType = RelationshipType.PartOf });

        store.Nodes.ShouldAllBe(n => n.Kind == NodeKind.Mechanism);
        store.Relationships.Single().Id.ShouldBe("m-1--PART_OF->m-2");
    }

    [Theory]
    [InlineData("id,name\nn-1,First\nN_2,Bad\n", Edges, "nodes.csv:3: id 'N_2' is not kebab-case")]
    [InlineData("id,name\nn-1,First\nn-1,Again\n", Edges, "nodes.csv:3: duplicate node id 'n-1'")]
    [InlineData("id,name\nn-1,First\nn-2\n", Edges, "nodes.csv:3: expected 2 columns (id,name), got 1")]
    [InlineData(Nodes, "src,dst,weight\nn-1,n-2,1\nn-2\n", "edges.csv:3: expected 3 columns (src,dst,weight), got 1")]
    [InlineData(Nodes, "src,dst,weight\nn-1,n-2,1\nn-2,n-3,1\nn-2,n-9,1\n", "edges.csv:4: COORDINATES_WITH.to refers to unknown node 'n-9'")]
    [InlineData(Nodes, "src,dst,weight\nn-1,n-2,heavy\n", "edges.csv:2: weight 'heavy' is not a finite number")]
    [InlineData(Nodes, "source,target\nn-1,n-2\n", "edges.csv:1: unexpected column 'source' in the header (expected src,dst[,weight])")]
    public async Task StopsAtTheBadRowWithFileAndLineAndLeavesTheStoreUnchanged(string nodes, string edges, string expected)
    {
        var store = new InterchangeTestStore();

        var error = await Should.ThrowAsync<InterchangeException>(
            () => CsvGraphImporter.ImportAsync(store, Options(nodes, edges) with { BatchSize = 1 }));

        error.Message.ShouldStartWith(expected);
        store.Nodes.ShouldBeEmpty();
        store.Relationships.ShouldBeEmpty();
        store.SessionsDisposedWithoutCommit.ShouldBe(1);
    }

    [Fact]
    public async Task ChecksTheFirstWeightedRowAgainstTheType_WhenEarlierRowsHadNoWeight()
    {
        var store = new InterchangeTestStore();
        var files = Options("id\nm-1\nm-2\nm-3\n", "src,dst,weight\nm-1,m-2,\nm-2,m-3,\nm-3,m-1,0.5\n");
        var options = files with { NodeKind = NodeKind.Mechanism, RelationshipType = RelationshipType.PartOf, BatchSize = 1 };

        var error = await Should.ThrowAsync<InterchangeException>(() => CsvGraphImporter.ImportAsync(store, options));

        error.Message.ShouldStartWith("edges.csv:4: PART_OF has no property 'weight'");
        store.Relationships.ShouldBeEmpty();
    }

    [Fact]
    public async Task FailsWithTheStoresErrorWithoutHanging_WhenTheStoreFailsWhileRowsAreStillBeingRead()
    {
        var nodes = "id\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"n-{i}\n"));
        var edges = "src,dst\n" + string.Concat(Enumerable.Range(1, 199).Select(i => $"n-{i},n-{i - 1}\n"));
        var failure = new GraphStoreException(GraphStoreCodes.Unavailable, "disk full");
        var store = new InterchangeTestStore { RelationshipFailure = failure };
        var progress = new List<CsvImportProgress>();

        var error = await Should.ThrowAsync<GraphStoreException>(
            () => CsvGraphImporter.ImportAsync(store, Options(nodes, edges) with { BatchSize = 2 }, progress.Add));

        error.ShouldBeSameAs(failure);
        store.SessionsDisposedWithoutCommit.ShouldBe(1);
        store.Nodes.ShouldBeEmpty();
        progress.ShouldNotContain(p => p.Phase == CsvImportPhase.Edges || p.Phase == CsvImportPhase.Committing);
    }

    [Fact]
    public async Task RefusesATypeThatCannotJoinTheKindBeforeReadingRows()
    {
        var store = new InterchangeTestStore();

        var error = await Should.ThrowAsync<InterchangeException>(
            () => CsvGraphImporter.ImportAsync(store, Options(Nodes, Edges) with { NodeKind = NodeKind.Barrier }));

        error.Message.ShouldBe("COORDINATES_WITH does not allow Barrier -> Barrier; choose another --node-kind or --rel-type");
    }

    private CsvImportOptions Options(string nodes, string edges) => new()
    {
        NodesPath = _dir.Write("nodes.csv", nodes),
        EdgesPath = _dir.Write("edges.csv", edges),
        NodesDisplayPath = "nodes.csv",
        EdgesDisplayPath = "edges.csv",
    };
}
