using System.CommandLine;
using System.Text.Json;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats [--json]</c>: counts per node kind and relationship type.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print {\"nodes\":{kind:count},\"relationships\":{TYPE:count}}" };
        var command = new Command("stats", "Count nodes per kind and relationships per type") { json };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            var stats = await handle.Store.GetStatsAsync(cancellationToken);
            if (parseResult.GetValue(json))
            {
                await context.Out.WriteLineAsync(ToJson(stats));
            }
            else
            {
                WriteTables(context, stats);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Kinds and types in declaration order; ones with no rows are left out.</summary>
    internal static string ToJson(GraphStats stats)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("nodes");
            foreach (var kind in NodeKinds.All.Where(stats.Nodes.ContainsKey))
            {
                writer.WriteNumber(kind.ToString(), stats.Nodes[kind]);
            }

            writer.WriteEndObject();
            writer.WriteStartObject("relationships");
            foreach (var type in RelationshipTypes.All.Where(stats.Relationships.ContainsKey))
            {
                writer.WriteNumber(type.ToWireName(), stats.Relationships[type]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTables(CliContext context, GraphStats stats)
    {
        var console = context.ConsoleFor(context.Out);
        var nodes = new Table().AddColumn("Kind").AddColumn(new TableColumn("Nodes").RightAligned());
        foreach (var kind in NodeKinds.All.Where(stats.Nodes.ContainsKey))
        {
            nodes.AddRow(kind.ToString(), $"{stats.Nodes[kind]:N0}");
        }

        nodes.AddRow("[bold]total[/]", $"[bold]{stats.NodeCount:N0}[/]");
        var relationships = new Table().AddColumn("Type").AddColumn(new TableColumn("Relationships").RightAligned());
        foreach (var type in RelationshipTypes.All.Where(stats.Relationships.ContainsKey))
        {
            relationships.AddRow(type.ToWireName(), $"{stats.Relationships[type]:N0}");
        }

        relationships.AddRow("[bold]total[/]", $"[bold]{stats.RelationshipCount:N0}[/]");
        console.Write(nodes);
        console.Write(relationships);
    }
}
