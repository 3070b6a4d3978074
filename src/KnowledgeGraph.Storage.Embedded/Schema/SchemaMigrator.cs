using System.Globalization;
using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Schema;

/// <summary>
/// Brings a database to the latest schema version: creates it when empty, applies the missing steps of
/// <see cref="Migrations.All"/> in order in one transaction, and refuses a database written by a newer version.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Migrates to <paramref name="targetVersion"/> (the latest by default); returns the version reached.</summary>
    /// <param name="pageSize">Page size of a new file (SQLite's default is 4 KiB; see <see cref="EmbeddedStoreOptions.PageSize"/>).</param>
    public static int Migrate(SqliteConnection connection, string databasePath, int? targetVersion = null, int pageSize = EmbeddedStoreOptions.DefaultPageSize)
    {
        var target = targetVersion ?? Migrations.LatestVersion;

        // Larger pages than SQLite's 4 KiB: a bulk import writes and sorts far fewer pages. A no-op on an existing file
        // (see ADR-010). The value is an int checked by the store, never text from outside.
        connection.Execute($"PRAGMA page_size = {pageSize}");

        // WAL is a property of the file: set once, every later connection uses it (see ADR-010).
        var mode = connection.Scalar("PRAGMA journal_mode = WAL") as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphStoreException(
                GraphStoreCodes.Unavailable,
                $"The embedded store at '{databasePath}' could not switch to WAL journal mode (got '{mode}'); is the file system read-only or remote?");
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        connection.Execute(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER NOT NULL PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            )
            """,
            transaction);
        var current = CurrentVersion(connection, transaction);
        if (current > Migrations.LatestVersion)
        {
            throw new GraphStoreException(
                GraphStoreCodes.Unavailable,
                $"The embedded store at '{databasePath}' has schema version {current}, but this build of KnowledgeGraph knows versions up to " +
                $"{Migrations.LatestVersion}. It was written by a newer KnowledgeGraph: upgrade, or restore a backup made by this version.");
        }

        foreach (var step in Migrations.All)
        {
            if (step.Version <= current || step.Version > target)
            {
                continue;
            }

            step.Apply(connection, transaction);
            using var record = connection.Command(
                "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at)", transaction);
            record.With("$version", step.Version)
                .With("$description", step.Description)
                .With("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))
                .ExecuteNonQuery();
            current = step.Version;
        }

        transaction.Commit();
        return current;
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        Convert.ToInt32(connection.Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction), CultureInfo.InvariantCulture);
}
