using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange.Jsonl;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export [--out FILE]</c>: the canonical JSONL export, to a file or stdout.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout" };
        var command = new Command("export", "Export the whole graph as canonical JSON lines (stable: same graph, same bytes)") { output };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            var path = parseResult.GetValue(output);
            var (nodes, relationships) = path is null
                ? await ExportToStdoutAsync(context, handle.Store, cancellationToken)
                : await ExportToFileAsync(handle.Store, path, cancellationToken);
            await context.Error.WriteLineAsync($"exported {nodes} nodes, {relationships} relationships{(path is null ? string.Empty : $" to {path}")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<(long Nodes, long Relationships)> ExportToStdoutAsync(CliContext context, IGraphStore store, CancellationToken cancellationToken)
    {
        await context.Out.FlushAsync(cancellationToken);
        await using var stdout = context.OpenStandardOutput();
        return await WriteAsync(store, stdout, cancellationToken);
    }

    // Written beside the target and moved over it at the end, so that a failed export never leaves half a file.
    private static async Task<(long Nodes, long Relationships)> ExportToFileAsync(IGraphStore store, string path, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        try
        {
            (long, long) counts;
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                counts = await WriteAsync(store, file, cancellationToken);
            }

            File.Move(temporary, full, overwrite: true);
            return counts;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The one place that picks the export writer (other formats plug in here).</summary>
    private static async Task<(long Nodes, long Relationships)> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken)
    {
        var result = await JsonlGraphWriter.WriteAsync(store, output, cancellationToken);
        return (result.Nodes, result.Relationships);
    }
}
