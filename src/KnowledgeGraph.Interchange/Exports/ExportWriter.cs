using System.Collections.Frozen;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>The entry point of exports: pick a format, write a subgraph to a stream (HTTP) or, for CSV, to a directory (CLI).</summary>
public static class ExportWriter
{
    private static readonly IGraphExporter[] Exporters =
    [
        new GraphMLExporter(),
        new GexfExporter(),
        new CytoscapeJsonExporter(),
        new DotExporter(),
        new CsvExporter(),
    ];

    private static readonly FrozenDictionary<string, ExportFormat> FormatNames =
        new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["graphml"] = ExportFormat.GraphML,
            ["gexf"] = ExportFormat.Gexf,
            ["cytoscapejson"] = ExportFormat.CytoscapeJson,
            ["cytoscape"] = ExportFormat.CytoscapeJson,
            ["cyjs"] = ExportFormat.CytoscapeJson,
            ["json"] = ExportFormat.CytoscapeJson,
            ["dot"] = ExportFormat.Dot,
            ["gv"] = ExportFormat.Dot,
            ["csv"] = ExportFormat.Csv,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every format, in <see cref="ExportFormat"/> order.</summary>
    public static IReadOnlyList<IGraphExporter> All => Exporters;

    public static IGraphExporter GetExporter(ExportFormat format) =>
        Exporters.FirstOrDefault(e => e.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");

    /// <summary>Writes <paramref name="graph"/> in <paramref name="format"/>; see <see cref="IGraphExporter.WriteAsync"/>.</summary>
    public static Task WriteAsync(
        ExportFormat format,
        Subgraph graph,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? nodeAttributes,
        Stream output,
        CancellationToken cancellationToken = default) =>
        GetExporter(format).WriteAsync(graph, nodeAttributes, output, cancellationToken);

    /// <summary>Writes <c>nodes.csv</c> and <c>edges.csv</c> into <paramref name="directory"/> (created if missing).</summary>
    public static Task WriteCsvFilesAsync(
        Subgraph graph,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? nodeAttributes,
        string directory,
        CancellationToken cancellationToken = default) =>
        CsvExporter.WriteFilesAsync(graph, nodeAttributes, directory, cancellationToken);

    /// <summary>
    /// Reads a format name as a user types it (<c>kg export --format</c>, <c>/export/{format}</c>), case-insensitive:
    /// <c>graphml</c>, <c>gexf</c>, <c>cytoscapejson</c> (or <c>cytoscape</c>, <c>cyjs</c>, <c>json</c>), <c>dot</c> (or <c>gv</c>), <c>csv</c>.
    /// </summary>
    public static bool TryParseFormat(string? text, out ExportFormat format) =>
        FormatNames.TryGetValue(text?.Trim() ?? string.Empty, out format);
}
