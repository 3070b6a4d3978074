using System.CommandLine;
using System.Diagnostics;
using KnowledgeGraph.Application.Storage;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Interchange.Csv;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg import --nodes FILE --edges FILE</c>: streams two CSV files into the store, all or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var nodes = new Option<string>("--nodes") { Description = "Nodes CSV with header id[,name]", Required = true };
        var edges = new Option<string>("--edges") { Description = "Edges CSV with header src,dst[,weight]", Required = true };
        var kind = new Option<string>("--node-kind") { Description = "Kind of every imported node", DefaultValueFactory = _ => nameof(NodeKind.Institution) };
        var type = new Option<string>("--rel-type")
        {
            Description = "Type of every imported relationship",
            DefaultValueFactory = _ => RelationshipType.CoordinatesWith.ToWireName(),
        };
        var batch = new Option<int>("--batch-size") { Description = "Rows per batch", DefaultValueFactory = _ => CsvImportOptions.DefaultBatchSize };
        var timings = new Option<bool>("--timings") { Description = "Also print the busy seconds of reading, storing and committing" };
        var pageSize = new Option<int>("--page-size")
        {
            Description = "Page size in bytes when the import creates the database file (ignored for an existing file)",
            DefaultValueFactory = _ => EmbeddedStoreOptions.BulkLoadPageSize,
        };
        var command = new Command("import", "Import a nodes CSV and an edges CSV (a bad row stops the import; nothing is committed)")
        {
            nodes, edges, kind, type, batch, timings, pageSize,
        };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var options = new CsvImportOptions
            {
                NodesPath = parseResult.GetRequiredValue(nodes),
                EdgesPath = parseResult.GetRequiredValue(edges),
                NodeKind = ParseKind(parseResult.GetRequiredValue(kind)),
                RelationshipType = ParseType(parseResult.GetRequiredValue(type)),
                BatchSize = parseResult.GetValue(batch) is > 0 and var size ? size : throw new ArgumentException("--batch-size must be at least 1"),
            };
            foreach (var path in new[] { options.NodesPath, options.EdgesPath }.Where(p => !File.Exists(p)))
            {
                await context.Error.WriteLineAsync($"error: {path}: file not found");
                return ExitCodes.Failed;
            }

            var bytes = parseResult.GetValue(pageSize);
            if (!EmbeddedStoreOptions.IsValidPageSize(bytes))
            {
                await context.Error.WriteLineAsync($"error: --page-size {bytes}: expected a power of two from 512 to 65536");
                return ExitCodes.Failed;
            }

            await using var handle = await StoreHandle.OpenAsync(
                context,
                parseResult,
                cancellationToken,
                [new(StorageConfiguration.EmbeddedPageSizeKey, bytes.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            var clock = Stopwatch.StartNew();
            var result = await CliProgress.RunAsync(context, report =>
                CsvGraphImporter.ImportAsync(handle.Store, options, p => Report(report, p), cancellationToken));
            var seconds = clock.Elapsed.TotalSeconds;
            var write = result.Write;
            await context.Out.WriteLineAsync(
                $"imported {result.Nodes:N0} nodes, {result.Relationships:N0} relationships in {seconds:F1} s " +
                $"({result.Relationships / Math.Max(seconds, 0.001):N0} edges/s): created {write.NodesCreated + write.RelationshipsCreated:N0}, " +
                $"updated {write.NodesUpdated + write.RelationshipsUpdated:N0}, unchanged {write.NodesUnchanged + write.RelationshipsUnchanged:N0}");
            if (parseResult.GetValue(timings))
            {
                var t = result.Timings;
                await context.Out.WriteLineAsync(
                    $"timings: read {t.Read.TotalSeconds:F1} s (alongside the store), store {t.Store.TotalSeconds:F1} s, commit {t.Commit.TotalSeconds:F1} s, " +
                    $"process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F1} s");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Report(Action<string, double, double> report, CsvImportProgress progress)
    {
        switch (progress.Phase)
        {
            case CsvImportPhase.Nodes:
                report("Nodes", progress.BytesRead, progress.TotalBytes);
                break;
            case CsvImportPhase.Edges:
                report("Nodes", 1, 1);
                report("Edges", progress.BytesRead, progress.TotalBytes);
                break;
            default:
                report("Edges", 1, 1);
                report("Committing", 0, 1);
                break;
        }
    }

    private static NodeKind ParseKind(string text) =>
        NodeKinds.All.FirstOrDefault(k => string.Equals(k.ToString(), text, StringComparison.OrdinalIgnoreCase)) is var kind
        && string.Equals(kind.ToString(), text, StringComparison.OrdinalIgnoreCase)
            ? kind
            : throw new ArgumentException($"unknown --node-kind '{text}' (known: {string.Join(", ", NodeKinds.All)})");

    private static RelationshipType ParseType(string text) =>
        RelationshipTypes.TryParse(text.ToUpperInvariant().Replace('-', '_'), out var type)
            ? type
            : throw new ArgumentException($"unknown --rel-type '{text}' (known: {string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()))})");
}
