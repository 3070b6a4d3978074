using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Application.Exports;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg export [--format F] [--scope S --id ID --depth N --types T] [--as-of D] [--analytics] [--out FILE]</c>:
/// the canonical JSONL (default, unchanged bytes) or a drawing format, of the whole graph, a neighbourhood or the
/// coordination network, to a file or stdout. CSV goes to a directory (nodes.csv, edges.csv) or a .zip file.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (canonical, default), graphml, gexf, cytoscape, dot or csv",
            DefaultValueFactory = _ => ExportFileType.Jsonl.Name,
        };
        var scope = new Option<string?>("--scope") { Description = "all (default), neighbourhood (needs --id) or coordination (the network the analyses use)" };
        var id = new Option<string?>("--id") { Description = "The centre node of the neighbourhood scope" };
        var depth = new Option<int?>("--depth") { Description = $"Hops from --id, {ExportRequest.MinDepth} to {ExportRequest.MaxDepth} (default {ExportRequest.DefaultDepth})" };
        var types = new Option<string?>("--types") { Description = "Relationship types the neighbourhood follows, e.g. PART_OF,MEMBER_OF (default: all)" };
        var asOf = CommandOptions.AsOf();
        var analytics = new Option<bool>("--analytics") { Description = "Add betweenness, articulationPoint, coreNumber and rank to the actors (not with jsonl)" };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout; for csv a directory, or a file ending in .zip" };
        var command = new Command("export", "Export the graph, a neighbourhood or the coordination network, for backup (jsonl) or for Gephi, Cytoscape, yEd, Graphviz")
        {
            format, scope, id, depth, types, asOf, analytics, output,
        };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var type = ExportParameters.ParseFormat(parseResult.GetValue(format));
            var request = ExportParameters.Parse(
                parseResult.GetValue(scope),
                parseResult.GetValue(id),
                parseResult.GetValue(depth)?.ToString(CultureInfo.InvariantCulture),
                parseResult.GetValue(types),
                parseResult.GetValue(asOf),
                parseResult.GetValue(analytics) ? bool.TrueString : null);
            var path = parseResult.GetValue(output);
            if (type.IsCsv && path is null)
            {
                throw new ArgumentException("csv needs --out DIR (for nodes.csv and edges.csv) or --out FILE.zip");
            }

            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            using var snapshots = new SnapshotProvider(handle.Store);
            var export = await new ExportService(handle.Store, new AnalysisService(snapshots)).PrepareAsync(type, request, cancellationToken);
            var summary = path switch
            {
                null => await ExportToStdoutAsync(context, export, cancellationToken),
                _ when type.IsCsv && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) => await export.WriteCsvFilesAsync(path, cancellationToken),
                _ => await ExportToFileAsync(export, path, cancellationToken),
            };
            await context.Error.WriteLineAsync($"exported {summary.Nodes} nodes, {summary.Relationships} relationships{(path is null ? string.Empty : $" to {path}")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<ExportSummary> ExportToStdoutAsync(CliContext context, PreparedExport export, CancellationToken cancellationToken)
    {
        await context.Out.FlushAsync(cancellationToken);
        await using var stdout = context.OpenStandardOutput();
        return await export.WriteAsync(stdout, cancellationToken);
    }

    // Written beside the target and moved over it at the end, so that a failed export never leaves half a file.
    private static async Task<ExportSummary> ExportToFileAsync(PreparedExport export, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        try
        {
            ExportSummary summary;
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                summary = await export.WriteAsync(file, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
            return summary;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
