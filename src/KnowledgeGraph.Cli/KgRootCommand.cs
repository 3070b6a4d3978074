using System.CommandLine;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Infrastructure;

namespace KnowledgeGraph.Cli;

/// <summary>
/// The <c>kg</c> command tree. One file per command under Commands/, each with a <c>Create(CliContext)</c>;
/// a new command (bottlenecks, paths, roadmap, keys, audit, backup, restore, check) is one more line here.
/// </summary>
internal static class KgRootCommand
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("kg: the KnowledgeGraph command line (seeds, stats, import and export)");
        root.Options.Add(context.DbOption);
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(SeedCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(ImportJsonlCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(BottlenecksCommand.Create(context));
        root.Subcommands.Add(PathsCommand.Create(context));
        root.Subcommands.Add(RoadmapCommand.Create(context));
        root.Subcommands.Add(KeysCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(RestoreCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs one command line against the context's streams.</summary>
    public static Task<int> RunAsync(CliContext context, string[] args, CancellationToken cancellationToken = default) =>
        Create(context).Parse(args).InvokeAsync(context.InvocationConfiguration, cancellationToken);
}
