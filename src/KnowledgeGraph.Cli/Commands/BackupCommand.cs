using System.CommandLine;
using KnowledgeGraph.Application.Security;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg backup FILE [--force]</c>: an online, checked copy of the embedded database (the API may keep running).</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Where to write the backup (a SQLite file)" };
        var force = new Option<bool>("--force") { Description = "Overwrite FILE when it exists" };
        var command = new Command("backup", "Copy the database while it is in use (SQLite backup API), check the copy, then move it into place") { file, force };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            var maintenance = Maintenance(handle);
            try
            {
                var report = await DatabaseBackup.BackupAsync(maintenance, parseResult.GetRequiredValue(file), parseResult.GetValue(force), cancellationToken);
                await context.Out.WriteLineAsync(
                    $"backed up {maintenance.DatabasePath} to {report.Path}: {report.Nodes:N0} nodes, {report.Relationships:N0} relationships, schema version {report.SchemaVersion}");
                return ExitCodes.Ok;
            }
            catch (BackupRejectedException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.InvalidData;
            }
        });
        return command;
    }

    /// <summary>Backup, restore and check work on the embedded store's file only.</summary>
    internal static IEmbeddedStoreMaintenance Maintenance(StoreHandle handle) =>
        handle.Store as IEmbeddedStoreMaintenance
        ?? throw new InvalidOperationException("this command works on the embedded store only (Storage__Provider=embedded); back Neo4j up with its own tools");
}
