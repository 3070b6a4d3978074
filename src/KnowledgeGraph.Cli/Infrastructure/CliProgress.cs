using Spectre.Console;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Progress bars on stderr when it is a terminal; nothing otherwise, so that logs and pipes stay clean.</summary>
internal static class CliProgress
{
    /// <summary>Runs <paramref name="work"/>, which reports <c>(task, value, max)</c>; each new task name gets its own bar.</summary>
    public static async Task<T> RunAsync<T>(CliContext context, Func<Action<string, double, double>, Task<T>> work)
    {
        if (!context.Interactive)
        {
            return await work(static (_, _, _) => { });
        }

        return await context.ConsoleFor(context.Error).Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var result = await work((name, value, max) =>
                {
                    if (!tasks.TryGetValue(name, out var task))
                    {
                        tasks[name] = task = progress.AddTask(name, maxValue: Math.Max(max, 1));
                    }

                    task.MaxValue = Math.Max(max, 1);
                    task.Value = Math.Min(value, task.MaxValue);
                });
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }

                return result;
            });
    }
}
