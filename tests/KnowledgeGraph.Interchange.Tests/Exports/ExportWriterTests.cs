using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

public sealed class ExportWriterTests
{
    public static TheoryData<ExportFormat> Formats => new(Enum.GetValues<ExportFormat>());

    [Theory]
    [InlineData("graphml", ExportFormat.GraphML)]
    [InlineData("GraphML", ExportFormat.GraphML)]
    [InlineData("gexf", ExportFormat.Gexf)]
    [InlineData("cytoscapejson", ExportFormat.CytoscapeJson)]
    [InlineData("cytoscape", ExportFormat.CytoscapeJson)]
    [InlineData("cyjs", ExportFormat.CytoscapeJson)]
    [InlineData(" DOT ", ExportFormat.Dot)]
    [InlineData("gv", ExportFormat.Dot)]
    [InlineData("csv", ExportFormat.Csv)]
    public void ParsesFormatGivenAUserTypedName(string text, ExportFormat expected)
    {
        ExportWriter.TryParseFormat(text, out var format).ShouldBeTrue();
        format.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("png")]
    [InlineData("0")]
    public void RejectsFormatGivenAnUnknownName(string? text) => ExportWriter.TryParseFormat(text, out _).ShouldBeFalse();

    [Fact]
    public void OffersOneExporterPerFormatWithDistinctExtensions()
    {
        ExportWriter.All.Select(e => e.Format).ShouldBe(Enum.GetValues<ExportFormat>());
        ExportWriter.All.Select(e => e.FileExtension).ShouldBeUnique();
        ExportWriter.All.ShouldAllBe(e => e.ContentType.Contains('/') && !e.FileExtension.StartsWith('.'));
        Enum.GetValues<ExportFormat>().ShouldAllBe(f => ExportWriter.GetExporter(f).Format == f);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WritesOnlyAsynchronouslyGivenAResponseLikeStream(ExportFormat format)
    {
        // ASP.NET Core response bodies reject synchronous writes; the output must match a plain MemoryStream's.
        var responseLike = new AsyncOnlyStream();
        using var memory = new MemoryStream();

        await ExportWriter.WriteAsync(format, SampleGraph.Graph, SampleGraph.Analytics, responseLike);
        await ExportWriter.WriteAsync(format, SampleGraph.Graph, SampleGraph.Analytics, memory);

        responseLike.ToArray().Length.ShouldBeGreaterThan(0);
        if (format != ExportFormat.Csv)
        {
            // Zip entries carry the time they were written; the other formats are byte-identical.
            responseLike.ToArray().ShouldBe(memory.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task LeavesTheOutputOpenGivenAnyFormat(ExportFormat format)
    {
        using var memory = new MemoryStream();

        await ExportWriter.WriteAsync(format, SampleGraph.Graph, null, memory);

        memory.CanWrite.ShouldBeTrue();
        memory.Length.ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task StopsGivenACancelledToken(ExportFormat format)
    {
        using var memory = new MemoryStream();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(
            () => ExportWriter.WriteAsync(format, SampleGraph.Graph, null, memory, cancelled.Token));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WritesAnEmptyGraphGivenNoNodes(ExportFormat format)
    {
        using var memory = new MemoryStream();

        await ExportWriter.WriteAsync(format, Subgraph.Empty, null, memory);

        memory.Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ReplacesCharactersXmlCannotCarryGivenAControlCharacterInAName()
    {
        var node = new Node { Id = "bar-x", Kind = NodeKind.Barrier, Name = "bell\u0007 and \ud800 lone surrogate" };
        using var memory = new MemoryStream();

        await ExportWriter.WriteAsync(ExportFormat.GraphML, new Subgraph([node], []), null, memory);

        var document = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(memory.ToArray()));
        document.Descendants().Single(e => e.Value.StartsWith("bell", StringComparison.Ordinal)).Value
            .ShouldBe("bell\uFFFD and \uFFFD lone surrogate");
    }
}
