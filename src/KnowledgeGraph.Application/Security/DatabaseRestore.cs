using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Application.Security;

/// <summary>
/// Replaces the embedded database with a backup, safely (ADR-083): the backup is copied beside the database and the
/// copy is checked (schema version, integrity, foreign keys) before anything is touched; the live database must not be
/// open in any other process; it is kept as <c>DB.pre-restore</c>; the checked copy is fsynced and renamed over it in
/// one atomic step, so a crash leaves either the old database or the new one, never a mix.
/// </summary>
public static class DatabaseRestore
{
    public const string PreviousSuffix = ".pre-restore";

    /// <summary>Restores <paramref name="backupPath"/> into <paramref name="databasePath"/>; returns the restored database's report.</summary>
    /// <exception cref="BackupRejectedException">The backup is not a sound KnowledgeGraph database; nothing was changed.</exception>
    /// <exception cref="DatabaseInUseException">Another process has the database open; nothing was changed.</exception>
    public static async Task<DatabaseReport> RestoreAsync(string backupPath, string databasePath, CancellationToken cancellationToken = default)
    {
        var backup = Path.GetFullPath(backupPath);
        var database = Path.GetFullPath(databasePath);
        if (!File.Exists(backup))
        {
            throw new FileNotFoundException($"{backup}: file not found", backup);
        }

        if (string.Equals(backup, database, StringComparison.Ordinal))
        {
            throw new IOException("the backup and the database are the same file");
        }

        if (DatabaseFiles.HasLiveWal(backup))
        {
            throw new BackupRejectedException(
                $"{backup} has a write-ahead log beside it ({Path.GetFileName(backup)}-wal): it is a live database, not a backup; make one with 'kg backup'");
        }

        var temp = DatabaseFiles.TempBeside(database);
        try
        {
            File.Copy(backup, temp);
            var report = await DatabaseBackup.VerifyAsync(temp, cancellationToken);
            if (!report.IsHealthy)
            {
                throw new BackupRejectedException($"{backup} failed its check: {string.Join("; ", report.Problems.Take(5))}");
            }

            cancellationToken.ThrowIfCancellationRequested();
            DatabaseFiles.FlushToDisk(temp);
            Replace(temp, database);
            return report with { Path = database };
        }
        finally
        {
            DatabaseFiles.DeleteWithSideFiles(temp);
        }
    }

    /// <summary>
    /// Takes SQLite's exclusive lock on the live database (which fails while any other connection is open), folds its
    /// write-ahead log in and leaves WAL mode so no stale log can be replayed onto the new file, keeps a copy, and renames
    /// the new file over it while still holding the lock.
    /// </summary>
    private static void Replace(string newFile, string database)
    {
        if (!File.Exists(database))
        {
            foreach (var side in DatabaseFiles.SideFileSuffixes)
            {
                File.Delete(database + side);
            }

            File.Move(newFile, database);
            return;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = database,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 1,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE;");
            Execute(connection, "PRAGMA journal_mode = DELETE;");
            Execute(connection, "BEGIN EXCLUSIVE; COMMIT;");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw new DatabaseInUseException(
                $"{database} is open in another process (is the API running?): stop it, then restore", e);
        }
        catch (SqliteException e)
        {
            throw new GraphStoreException(GraphStoreCodes.Unavailable, $"{database}: cannot take it over for the restore ({e.Message})", null, e);
        }

        var previous = database + PreviousSuffix;
        File.Copy(database, previous, overwrite: true);
        DatabaseFiles.FlushToDisk(previous);
        File.Move(newFile, database, overwrite: true);
        foreach (var side in DatabaseFiles.SideFileSuffixes)
        {
            File.Delete(database + side);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
