using System.CommandLine;
using KnowledgeGraph.Application.Seeding;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Interchange.Seeds;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg validate [DIR]</c>: checks the seeds and prints every problem as <c>file:line:col: message</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var directory = SeedDirectoryArgument();
        var command = new Command("validate", "Check the seed files and list every problem as file:line:col: message") { directory };
        CommandActions.Set(command, context, async (parseResult, _) =>
        {
            var result = SeedLoader.Load(parseResult.GetRequiredValue(directory));
            if (!result.IsValid)
            {
                await WriteProblemsAsync(context.Out, result);
                return ExitCodes.InvalidData;
            }

            await context.Out.WriteLineAsync($"valid: {result.Nodes.Count} nodes, {result.Relationships.Count} relationships");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The optional seed directory argument shared by validate and seed.</summary>
    internal static Argument<string> SeedDirectoryArgument() => new("dir")
    {
        Description = "The seed directory",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => SeedService.DefaultDirectory,
    };

    internal static async Task WriteProblemsAsync(TextWriter writer, SeedLoadResult result)
    {
        foreach (var problem in result.Problems)
        {
            await writer.WriteLineAsync(problem.ToString());
        }

        var files = result.Problems.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();
        await writer.WriteLineAsync($"{result.Problems.Count} problem{(result.Problems.Count == 1 ? string.Empty : "s")} in {files} file{(files == 1 ? string.Empty : "s")}");
    }
}
