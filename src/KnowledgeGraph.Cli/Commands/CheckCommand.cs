using System.CommandLine;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg check [--graph]</c>: SQLite integrity and foreign keys (the store's own check) and counts; with <c>--graph</c>
/// also the domain rules over every item. Exit 1 when anything is wrong.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var graph = new Option<bool>("--graph") { Description = "Also check every node and relationship against the domain schema (kinds, properties, references, REQUIRES cycles)" };
        var command = new Command("check", "Check the database: integrity, foreign keys and counts (exit 1 on problems)") { graph };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            var maintenance = BackupCommand.Maintenance(handle);
            var problems = (await maintenance.CheckIntegrityAsync(cancellationToken)).ToList();
            var stats = await handle.Store.GetStatsAsync(cancellationToken);
            if (parseResult.GetValue(graph))
            {
                var nodes = new List<Node>();
                await foreach (var node in handle.Store.ReadAllNodesAsync(cancellationToken))
                {
                    nodes.Add(node);
                }

                var relationships = new List<Relationship>();
                await foreach (var relationship in handle.Store.ReadAllRelationshipsAsync(cancellationToken))
                {
                    relationships.Add(relationship);
                }

                // Imported items may carry no sources (kg import), so the import rules apply, as when they were loaded.
                problems.AddRange(GraphValidator.ValidateGraph(nodes, relationships, ValidationOptions.Import).Select(p => $"graph: {p}"));
            }

            foreach (var problem in problems)
            {
                await context.Out.WriteLineAsync(problem);
            }

            var counts = $"{stats.NodeCount:N0} nodes, {stats.RelationshipCount:N0} relationships in {maintenance.DatabasePath}";
            if (problems.Count > 0)
            {
                await context.Out.WriteLineAsync($"{problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}; {counts}");
                return ExitCodes.InvalidData;
            }

            await context.Out.WriteLineAsync($"ok: integrity and foreign keys{(parseResult.GetValue(graph) ? ", domain rules" : string.Empty)}; {counts}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
