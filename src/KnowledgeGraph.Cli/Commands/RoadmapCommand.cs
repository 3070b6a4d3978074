using System.CommandLine;
using KnowledgeGraph.Analytics.Roadmap;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg roadmap GOAL [--as-of D] [--json]</c>: the unmet prerequisites of a goal Objective in an order they can be
/// met, the critical chain and the prerequisite that unblocks the most.
/// </summary>
internal static class RoadmapCommand
{
    public static Command Create(CliContext context)
    {
        var goal = new Argument<string>("goal") { Description = "Id of the goal Objective, e.g. security-treaty" };
        var asOf = CommandOptions.AsOf();
        var json = CommandOptions.JsonFlag();
        var command = new Command("roadmap", "Plan the road to a goal: unmet prerequisites in order, the critical chain, the best unblocker")
        {
            goal, asOf, json,
        };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var date = CommandOptions.ParseAsOf(parseResult, asOf);
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            using var snapshots = new SnapshotProvider(handle.Store);
            var plan = await new AnalysisService(snapshots).GetRoadmapAsync(parseResult.GetRequiredValue(goal), date, cancellationToken);
            if (parseResult.GetValue(json))
            {
                await CommandOptions.WriteJsonAsync(context, new
                {
                    Goal = plan.GoalId,
                    plan.GoalMet,
                    plan.HolderCountries,
                    plan.Prerequisites,
                    plan.UnmetInOrder,
                    plan.CriticalChain,
                    plan.BestUnblocker,
                });
            }
            else
            {
                var name = (await handle.Store.GetNodeAsync(plan.GoalId, cancellationToken))?.Name ?? plan.GoalId;
                await WriteTextAsync(context.Out, plan, name);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteTextAsync(TextWriter output, RoadmapPlan plan, string goalName)
    {
        var met = plan.Prerequisites.Count(p => p.Met);
        await output.WriteLineAsync(
            $"goal {plan.GoalId} ({goalName}): {(plan.GoalMet ? "met" : "not met")}; holder countries {string.Join(", ", plan.HolderCountries)}; " +
            $"{plan.Prerequisites.Count} prerequisites, {met} met, {plan.Prerequisites.Count - met} unmet");
        if (plan.UnmetInOrder.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("unmet, in an order they can be met (each after its own prerequisites):");
        var width = plan.UnmetInOrder.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < plan.UnmetInOrder.Count; i++)
        {
            var item = plan.UnmetInOrder[i];
            await output.WriteLineAsync($"  {(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}. {item.Id} ({item.Kind}): {item.Reason}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"critical chain ({plan.CriticalChain.Count} steps, first to meet first): {string.Join(" -> ", plan.CriticalChain.Select(c => c.Id))}");
        if (plan.BestUnblocker is { } best)
        {
            await output.WriteLineAsync(
                $"best unblocker: {best.Id} ({best.Name}): {best.Waiting} unmet item{(best.Waiting == 1 ? string.Empty : "s")} wait on it; " +
                $"meeting it completes {best.Completes} objective{(best.Completes == 1 ? string.Empty : "s")} at once");
        }
    }
}
