using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Interchange.Jsonl;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg import-jsonl FILE</c>: loads a canonical JSONL export, all or nothing.</summary>
internal static class ImportJsonlCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A file written by kg export" };
        var command = new Command("import-jsonl", "Load a JSONL export (validated first; all or nothing)") { file };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                await context.Error.WriteLineAsync($"error: {path}: file not found");
                return ExitCodes.Failed;
            }

            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            var result = await CliProgress.RunAsync(context, report =>
                JsonlGraphImporter.ImportAsync(handle.Store, path, path, (done, total) => report("Importing", done, total), cancellationToken));
            var write = result.Write;
            await context.Out.WriteLineAsync(
                $"imported {result.Nodes} nodes, {result.Relationships} relationships from {path}: " +
                $"created {write.NodesCreated + write.RelationshipsCreated}, updated {write.NodesUpdated + write.RelationshipsUpdated}, " +
                $"unchanged {write.NodesUnchanged + write.RelationshipsUnchanged}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
