using System.CommandLine;
using KnowledgeGraph.Application.Seeding;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg seed [DIR]</c>: validates the seeds, then upserts them; seeding twice changes nothing.</summary>
internal static class SeedCommand
{
    public static Command Create(CliContext context)
    {
        var directory = ValidateCommand.SeedDirectoryArgument();
        var command = new Command("seed", "Validate the seed files, then load them into the database (created/updated/unchanged)") { directory };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var dir = parseResult.GetRequiredValue(directory);
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            var seeds = new SeedService(handle.Store);
            var outcome = await CliProgress.RunAsync(context, report =>
                seeds.SeedAsync(dir, new Progress(p => report("Seeding", p.Done, p.Total)), cancellationToken));
            if (!outcome.IsValid)
            {
                await ValidateCommand.WriteProblemsAsync(context.Error, outcome.Load);
                await context.Error.WriteLineAsync("nothing was seeded");
                return ExitCodes.InvalidData;
            }

            await context.Out.WriteLineAsync(
                $"seeded {outcome.Load.Nodes.Count} nodes, {outcome.Load.Relationships.Count} relationships from {dir}: " +
                $"created {outcome.Created}, updated {outcome.Updated}, unchanged {outcome.Unchanged}");
            return ExitCodes.Ok;
        });
        return command;
    }

    // Synchronous IProgress: System.Progress<T> posts to the thread pool, which would let bars lag behind or reorder.
    private sealed class Progress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
