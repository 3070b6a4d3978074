using System.Globalization;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Application.Security;

/// <summary>
/// Online backups of the embedded store and checks of database files (ADR-083). The copy itself is the store's
/// <see cref="IEmbeddedStoreMaintenance.BackupToAsync"/> (SQLite's backup API); this class makes it safe to rely on:
/// it writes to a temp file, checks the copy, fsyncs it and only then renames it into place.
/// </summary>
public static class DatabaseBackup
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Backs the live store up to <paramref name="destination"/>; returns the checked copy's report.</summary>
    /// <exception cref="IOException">The destination exists and <paramref name="overwrite"/> is false.</exception>
    /// <exception cref="BackupRejectedException">The copy failed its check (the destination is left untouched).</exception>
    public static async Task<DatabaseReport> BackupAsync(IEmbeddedStoreMaintenance store, string destination, bool overwrite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var target = Path.GetFullPath(destination);
        if (string.Equals(target, store.DatabasePath, StringComparison.Ordinal))
        {
            throw new IOException("the backup must go to another file than the database itself");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new IOException($"{target} already exists (pass --force to overwrite it)");
        }

        var temp = DatabaseFiles.TempBeside(target);
        try
        {
            await store.BackupToAsync(temp, cancellationToken);
            var report = await VerifyAsync(temp, cancellationToken);
            if (!report.IsHealthy)
            {
                throw new BackupRejectedException($"the backup copy failed its check: {string.Join("; ", report.Problems.Take(5))}");
            }

            DatabaseFiles.FlushToDisk(temp);
            File.Move(temp, target, overwrite);
            return report with { Path = target };
        }
        finally
        {
            DatabaseFiles.DeleteWithSideFiles(temp);
        }
    }

    /// <summary>
    /// Checks a KnowledgeGraph database file: SQLite header, the store's tables and schema version (read without
    /// changing the file), then the store's own integrity and foreign-key check and counts. The store opens the file
    /// to do so, which migrates an older schema forward: call it on a copy (restore does) or on a fresh backup.
    /// </summary>
    /// <exception cref="BackupRejectedException">Not SQLite, not a KnowledgeGraph database, or from a newer version.</exception>
    public static async Task<DatabaseReport> VerifyAsync(string path, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"{full}: file not found", full);
        }

        var version = ReadSchemaVersion(full);
        IGraphStore store;
        try
        {
            store = EmbeddedGraphStore.Open(full);
        }
        catch (GraphStoreException e)
        {
            throw new BackupRejectedException($"{full}: {e.Message}", e);
        }

        try
        {
            var maintenance = (IEmbeddedStoreMaintenance)store;
            var problems = await maintenance.CheckIntegrityAsync(cancellationToken);
            var stats = await store.GetStatsAsync(cancellationToken);
            return new DatabaseReport(full, version, stats.NodeCount, stats.RelationshipCount, problems);
        }
        catch (GraphStoreException e)
        {
            throw new BackupRejectedException($"{full}: {e.Message}", e);
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }
    }

    /// <summary>The highest applied schema version, read through a read-only connection.</summary>
    private static int ReadSchemaVersion(string path)
    {
        var header = new byte[SqliteHeader.Length];
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            {
                throw new BackupRejectedException($"{path}: not a SQLite database");
            }
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            connection.Open();
            using var tables = connection.CreateCommand();
            tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('schema_version', 'nodes', 'relationships')";
            if (Convert.ToInt32(tables.ExecuteScalar(), CultureInfo.InvariantCulture) != 3)
            {
                throw new BackupRejectedException($"{path}: not a KnowledgeGraph database (no schema_version, nodes and relationships tables)");
            }

            using var version = connection.CreateCommand();
            version.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
            return Convert.ToInt32(version.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException e)
        {
            throw new BackupRejectedException($"{path}: cannot be read as a database ({e.Message})", e);
        }
    }
}
