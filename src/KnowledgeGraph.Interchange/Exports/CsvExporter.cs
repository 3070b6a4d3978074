using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>
/// Two RFC 4180 tables, UTF-8 without BOM and CRLF line ends: <c>nodes.csv</c> (id and the node columns) and
/// <c>edges.csv</c> (id, source, target and the edge columns). One stream gets a zip of both; a directory gets both files.
/// </summary>
internal sealed class CsvExporter : GraphExporter
{
    public const string NodesFileName = "nodes.csv";
    public const string EdgesFileName = "edges.csv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public override ExportFormat Format => ExportFormat.Csv;

    public override string ContentType => "application/zip";

    public override string FileExtension => "zip";

    protected override async Task WriteModelAsync(ExportModel model, Stream output, CancellationToken cancellationToken)
    {

        // ZipArchive finishes entries with synchronous writes, which an HTTP response body refuses: build the zip in
        // memory (exports are subgraphs of a curated graph, small) and copy it out asynchronously.
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Utf8))
        {
            await using (var nodes = zip.CreateEntry(NodesFileName, CompressionLevel.Optimal).Open())
            {
                await WriteNodesAsync(model, nodes, cancellationToken);
            }

            await using (var edges = zip.CreateEntry(EdgesFileName, CompressionLevel.Optimal).Open())
            {
                await WriteEdgesAsync(model, edges, cancellationToken);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>Writes <c>nodes.csv</c> and <c>edges.csv</c> into <paramref name="directory"/> (created if missing), replacing them.</summary>
    public static async Task WriteFilesAsync(
        Subgraph graph,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? nodeAttributes,
        string directory,
        CancellationToken cancellationToken)
    {
        var model = ExportModel.Create(graph, nodeAttributes);
        Directory.CreateDirectory(directory);
        await using (var nodes = new FileStream(Path.Combine(directory, NodesFileName), FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await WriteNodesAsync(model, nodes, cancellationToken);
        }

        await using (var edges = new FileStream(Path.Combine(directory, EdgesFileName), FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await WriteEdgesAsync(model, edges, cancellationToken);
        }
    }

    private static async Task WriteNodesAsync(ExportModel model, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8, leaveOpen: true);
        var line = new StringBuilder();
        AppendRow(line, ["id", .. model.NodeColumns.Select(c => c.Name)]);
        await writer.WriteAsync(line, cancellationToken);
        foreach (var node in model.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AppendRow(line.Clear(), [node.Id, .. model.NodeColumns.Select(c => Text(c.ValueOf(node)))]);
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static async Task WriteEdgesAsync(ExportModel model, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, Utf8, leaveOpen: true);
        var line = new StringBuilder();
        AppendRow(line, ["id", "source", "target", .. model.EdgeColumns.Select(c => c.Name)]);
        await writer.WriteAsync(line, cancellationToken);
        foreach (var relationship in model.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AppendRow(
                line.Clear(),
                [relationship.Id, relationship.From, relationship.To, .. model.EdgeColumns.Select(c => Text(c.ValueOf(relationship)))]);
            await writer.WriteAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Text(object? value) => value is null ? string.Empty : ExportValues.ToText(value);

    /// <summary>One CRLF-terminated record; a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static void AppendRow(StringBuilder line, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                line.Append(',');
            }

            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                line.Append(field);
            }
            else
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        line.Append("\r\n");
    }
}
