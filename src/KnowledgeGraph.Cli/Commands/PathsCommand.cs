using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Analytics.Interoperability;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg paths FROM TO [--k N] [--as-of D] [--json]</c>: the k cheapest chains of coordination between two
/// institutions, each hop with its cost and reasons, and the competency gaps of the two ends with the agreements that build them.
/// </summary>
internal static class PathsCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "Id of the institution to start from, e.g. mx-policias-municipales" };
        var to = new Argument<string>("to") { Description = "Id of the institution to reach, e.g. us-fbi" };
        var k = new Option<int>("--k") { Description = $"How many paths, 1 to {AnalysisService.MaxK}", DefaultValueFactory = _ => 3 };
        var asOf = CommandOptions.AsOf();
        var json = CommandOptions.JsonFlag();
        var command = new Command("paths", "Find the cheapest chains of coordination between two institutions and what separates them")
        {
            from, to, k, asOf, json,
        };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var date = CommandOptions.ParseAsOf(parseResult, asOf);
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            using var snapshots = new SnapshotProvider(handle.Store);
            var paths = await new AnalysisService(snapshots).GetInteroperabilityPathsAsync(
                parseResult.GetRequiredValue(from), parseResult.GetRequiredValue(to), parseResult.GetValue(k), date, cancellationToken);
            if (parseResult.GetValue(json))
            {
                await CommandOptions.WriteJsonAsync(context, paths.Select(ToJson));
                return ExitCodes.Ok;
            }

            var ids = paths.SelectMany(p => p.NodeIds).Distinct(StringComparer.Ordinal).ToList();
            var names = (await handle.Store.GetNodesAsync(ids, cancellationToken)).ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
            await WriteTextAsync(context.Out, paths, names);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static object ToJson(InteroperabilityPath path) => new
    {
        path.Rank,
        path.Cost,
        Nodes = path.NodeIds,
        Hops = path.Hops.Select(h => new
        {
            h.From,
            h.To,
            h.Cost,
            h.Channel,
            Relationships = h.RelationshipIds,
            Channels = h.ChannelCount,
            Reasons = h.Reasons.Select(r => new { r.Amount, r.Text }),
        }),
        Gaps = path.Gaps.Select(g => new
        {
            Competency = g.CompetencyId,
            Name = g.CompetencyName,
            g.FromLevel,
            g.ToLevel,
            Agreements = g.Agreements.Select(a => new { a.Id, a.Name, a.Status }),
        }),
    };

    private static async Task WriteTextAsync(TextWriter output, IReadOnlyList<InteroperabilityPath> paths, Dictionary<string, string> names)
    {
        string Name(string id) => names.GetValueOrDefault(id, id);
        static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        var first = paths[0];
        var (from, to) = (first.NodeIds[0], first.NodeIds[^1]);
        await output.WriteLineAsync($"{paths.Count} path{(paths.Count == 1 ? string.Empty : "s")} from {from} ({Name(from)}) to {to} ({Name(to)}), cheapest first");
        foreach (var path in paths)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"path {path.Rank}: cost {Number(path.Cost)}, {path.Hops.Count} hop{(path.Hops.Count == 1 ? string.Empty : "s")}: {string.Join(" -> ", path.NodeIds)}");
            foreach (var hop in path.Hops)
            {
                var others = hop.ChannelCount > 1 ? $", cheapest of {hop.ChannelCount} channels" : string.Empty;
                await output.WriteLineAsync($"  {hop.From} -> {hop.To} ({Name(hop.To)}): cost {Number(hop.Cost)} via {hop.Channel}{others}");
                foreach (var reason in hop.Reasons)
                {
                    await output.WriteLineAsync($"      {reason}");
                }
            }
        }

        await output.WriteLineAsync();
        if (first.Gaps.Count == 0)
        {
            await output.WriteLineAsync($"no competency gaps: {from} and {to} hold the same competencies at the same levels");
            return;
        }

        await output.WriteLineAsync($"competency gaps between the ends (the same for every path), levels {from} / {to}:");
        foreach (var gap in first.Gaps)
        {
            var builders = gap.Agreements.Count == 0
                ? "no agreement builds it"
                : "built by " + string.Join(", ", gap.Agreements.Select(a => $"{a.Id} ({a.Status ?? "status unknown"})"));
            await output.WriteLineAsync($"  {gap.CompetencyId}: {gap.FromLevel} / {gap.ToLevel}; {builders}");
        }
    }
}
