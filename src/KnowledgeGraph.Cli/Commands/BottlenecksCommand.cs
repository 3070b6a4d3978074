using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Core.Model;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bottlenecks [--top N] [--weighted] [--kinds K,..] [--samples N --seed S] [--as-of D] [--json]</c>: the actors
/// most coordination passes through, with single points of failure, dependants and core numbers.
/// </summary>
internal static class BottlenecksCommand
{
    public static Command Create(CliContext context)
    {
        var top = new Option<int>("--top") { Description = "How many rows", DefaultValueFactory = _ => 10 };
        var weighted = new Option<bool>("--weighted") { Description = "Betweenness over link costs (chains prefer permanent mechanisms) instead of hops" };
        var kinds = new Option<string?>("--kinds") { Description = "Only these kinds: Institution, Mechanism or both, comma-separated" };
        var samples = new Option<int?>("--samples") { Description = "Estimate betweenness from this many source nodes (large graphs)" };
        var seed = new Option<int?>("--seed") { Description = "Seed of the sampled sources (same seed, same answer)" };
        var asOf = CommandOptions.AsOf();
        var json = CommandOptions.JsonFlag();
        var command = new Command("bottlenecks", "Rank institutions and mechanisms by how much coordination passes through them")
        {
            top, weighted, kinds, samples, seed, asOf, json,
        };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var query = new BottleneckQuery
            {
                Top = parseResult.GetValue(top),
                Weighted = parseResult.GetValue(weighted),
                Kinds = ParseKinds(parseResult.GetValue(kinds)),
                Samples = parseResult.GetValue(samples),
                Seed = parseResult.GetValue(seed),
                AsOf = CommandOptions.ParseAsOf(parseResult, asOf),
            };
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            using var snapshots = new SnapshotProvider(handle.Store);
            var rows = await new AnalysisService(snapshots).GetBottlenecksAsync(query, cancellationToken);
            if (parseResult.GetValue(json))
            {
                await CommandOptions.WriteJsonAsync(context, rows.Select(r => new
                {
                    r.Rank,
                    Id = r.NodeId,
                    r.Name,
                    r.Kind,
                    r.Betweenness,
                    r.ArticulationPoint,
                    r.Dependants,
                    r.DirectDependants,
                    r.CoreNumber,
                }));
            }
            else
            {
                WriteTable(context, rows, query);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<NodeKind> ParseKinds(string? text) =>
        [.. (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => Enum.TryParse<NodeKind>(k, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                ? kind
                : throw new ArgumentException($"unknown kind '{k}' in --kinds (use Institution, Mechanism)"))];

    private static void WriteTable(CliContext context, IReadOnlyList<BottleneckRow> rows, BottleneckQuery query)
    {
        var table = new Table()
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("id")
            .AddColumn("name")
            .AddColumn("kind")
            .AddColumn(new TableColumn("betweenness").RightAligned())
            .AddColumn("articulation point")
            .AddColumn(new TableColumn("dependants (direct)").RightAligned())
            .AddColumn(new TableColumn("core").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(
                row.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.NodeId),
                Markup.Escape(row.Name),
                row.Kind.ToString(),
                row.Betweenness.ToString("0.0000", CultureInfo.InvariantCulture),
                row.ArticulationPoint ? "yes" : "-",
                $"{row.Dependants} ({row.DirectDependants})",
                row.CoreNumber.ToString(CultureInfo.InvariantCulture));
        }

        var how = $"{(query.Weighted ? "weighted by link cost" : "unweighted")}, {(query.Samples is { } k ? $"sampled from {k} sources (seed {query.Seed ?? 0})" : "exact")}";
        table.Caption($"betweenness {how}{(query.AsOf is { } d ? $", as of {d:yyyy-MM-dd}" : string.Empty)}");
        CommandOptions.TableConsole(context).Write(table);
    }
}
