using System.CommandLine;
using KnowledgeGraph.Application.Security;
using KnowledgeGraph.Application.Storage;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg restore FILE</c>: checks the backup (schema version, integrity, foreign keys) on a copy, refuses while another
/// process has the database open, keeps the current database as <c>DB.pre-restore</c>, then renames the checked copy
/// over it in one atomic step.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A backup made by 'kg backup'" };
        var command = new Command("restore", "Replace the database with a checked backup (stop the API first)") { file };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var provider = context.Configuration[StorageConfiguration.ProviderKey];
            if (!string.IsNullOrWhiteSpace(provider) && !string.Equals(provider.Trim(), StorageConfiguration.Embedded, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("restore works on the embedded store only (Storage__Provider=embedded)");
            }

            var database = parseResult.GetValue(context.DbOption) is { Length: > 0 } db
                ? db
                : context.Configuration[StorageConfiguration.EmbeddedPathKey] is { Length: > 0 } configured ? configured : EmbeddedStoreOptions.DefaultPath;
            try
            {
                var report = await DatabaseRestore.RestoreAsync(parseResult.GetRequiredValue(file), database, cancellationToken);
                var previous = report.Path + DatabaseRestore.PreviousSuffix;
                await context.Out.WriteLineAsync(
                    $"restored {Path.GetFullPath(parseResult.GetRequiredValue(file))} into {report.Path}: {report.Nodes:N0} nodes, {report.Relationships:N0} relationships, " +
                    $"schema version {report.SchemaVersion}" + (File.Exists(previous) ? $"; the previous database is kept as {previous}" : string.Empty));
                return ExitCodes.Ok;
            }
            catch (BackupRejectedException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}; the database was not changed");
                return ExitCodes.InvalidData;
            }
            catch (DatabaseInUseException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}; the database was not changed");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
