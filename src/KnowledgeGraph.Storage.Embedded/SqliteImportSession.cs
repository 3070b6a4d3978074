using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// A bulk load in one long write transaction with the store's prepared upsert commands. Rows are written as batches
/// arrive (nothing is buffered), under a large page cache. Into an empty store the foreign-key checks are off (the
/// writer resolves every end to a node key itself) and the non-unique indexes are dropped at the start and rebuilt once
/// before commit, which is much cheaper than maintaining them row by row; a rollback restores them with everything
/// else. Unique indexes stay: they are what makes a repeated id an update.
/// </summary>
internal sealed class SqliteImportSession : IGraphImportSession
{
    /// <summary>Page cache of the import connection, in KiB (negative = KiB in SQLite's pragma).</summary>
    private const int ImportCacheKibibytes = 256 * 1024;

    /// <summary>
    /// Page cache while the deferred indexes are built, in KiB. SQLite's sorter keeps up to this much in memory before
    /// it writes a sorted run to a temporary file, so runs are sorted in cache-sized pieces on helper threads while the
    /// table is read, then merged; the table is read once per index anyway. Small runs sort inside the CPU caches: at
    /// 1M nodes / 4M relationships the (dst, type) index took 2.2-2.5 s with 4 MiB, 3.0 s with 32 MiB and 8 s with the
    /// 256 MiB import cache (temporary files, not temp_store=MEMORY, which turns the helper threads off).
    /// </summary>
    private const int IndexBuildCacheKibibytes = 4 * 1024;

    /// <summary>Helper threads SQLite's sorter may use when the deferred indexes are built at commit.</summary>
    private static readonly int SorterThreads = Math.Clamp(Environment.ProcessorCount, 1, 4);

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly GraphWriter _writer;
    private readonly IReadOnlyList<string> _deferredIndexes;
    private readonly Action _release;
    private readonly bool _journalSwitched;
    private bool _finished;
    private bool _failed;

    private SqliteImportSession(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> deferredIndexes, bool journalSwitched, Action release)
    {
        _journalSwitched = journalSwitched;
        _connection = connection;
        _transaction = transaction;
        _deferredIndexes = deferredIndexes;
        _release = release;
        _writer = new GraphWriter(connection, transaction);
    }

    /// <summary>
    /// Starts the session on <paramref name="connection"/> (owned from now on); <paramref name="release"/> runs once when
    /// the session ends. If starting fails the connection is closed and the caller still owns the release.
    /// <paramref name="closeIdleConnections"/> closes the store's pooled idle connections, which would keep a bulk load
    /// from leaving WAL mode.
    /// </summary>
    public static SqliteImportSession Begin(SqliteConnection connection, Action closeIdleConnections, Action release)
    {
        SqliteTransaction? transaction = null;
        var journalSwitched = false;
        try
        {
            // Temporary storage stays in files: SQLite's sorter only uses helper threads then (index builds at commit).
            connection.Execute($"PRAGMA cache_size = -{ImportCacheKibibytes}; PRAGMA threads = {SorterThreads};");

            // Foreign keys can only be switched outside a transaction: guess emptiness first, confirm under the write lock.
            var bulk = IsEmpty(connection, null);
            if (bulk)
            {
                connection.Execute("PRAGMA foreign_keys = OFF");
                closeIdleConnections();
                journalSwitched = TrySetJournalMode(connection, "delete");
            }

            transaction = connection.BeginTransaction(deferred: false);
            if (bulk && !IsEmpty(connection, transaction))
            {
                // Another connection wrote in between: load row by row with every check on.
                transaction.Dispose();
                connection.Execute("PRAGMA foreign_keys = ON");
                if (journalSwitched)
                {
                    journalSwitched = !TrySetJournalMode(connection, "wal");
                }

                bulk = false;
                transaction = connection.BeginTransaction(deferred: false);
            }

            var deferred = bulk ? DropSecondaryIndexes(connection, transaction) : [];
            return new SqliteImportSession(connection, transaction, deferred, journalSwitched, release);
        }
        catch
        {
            transaction?.Dispose();
            Reset(connection, journalSwitched);
            connection.Dispose();
            throw;
        }
    }

    public Task AddNodesAsync(IReadOnlyList<Node> nodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return InChunks(nodes.Count, (start, count) => _writer.UpsertNodes(nodes, start, count), cancellationToken);
    }

    public Task AddRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        return InChunks(relationships.Count, (start, count) => _writer.UpsertRelationships(relationships, start, count), cancellationToken);
    }

    public Task AddEdgesAsync(EdgeBatch edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return InChunks(edges.Count, (start, count) => _writer.UpsertEdges(edges, start, count), cancellationToken);
    }

    public Task<WriteResult> CommitAsync(CancellationToken cancellationToken = default) => Run(() =>
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_deferredIndexes.Count > 0)
        {
            _connection.Execute($"PRAGMA cache_size = -{IndexBuildCacheKibibytes}", _transaction);
        }

        foreach (var sql in _deferredIndexes)
        {
            _connection.Execute(sql, _transaction);
        }

        var revision = _writer.FinishRevision();
        _transaction.Commit();
        var result = _writer.Counts.ToResult(revision);
        Finish();
        return result;
    });

    public ValueTask DisposeAsync()
    {
        Finish();
        return ValueTask.CompletedTask;
    }

    private static bool IsEmpty(SqliteConnection connection, SqliteTransaction? transaction) =>
        Convert.ToInt64(
            connection.Scalar("SELECT NOT EXISTS (SELECT 1 FROM nodes) AND NOT EXISTS (SELECT 1 FROM relationships)", transaction),
            System.Globalization.CultureInfo.InvariantCulture) == 1;

    /// <summary>Drops the non-unique indexes of nodes and relationships and returns their SQL, to run again before commit.</summary>
    private static List<string> DropSecondaryIndexes(SqliteConnection connection, SqliteTransaction transaction)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = connection.Command(
            """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %' AND tbl_name IN ('nodes', 'relationships')
            """,
            transaction))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            // Index names come from the database's own schema, never from input.
            connection.Execute($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", transaction);
        }

        return indexes.ConvertAll(i => i.Sql);
    }

    /// <summary>
    /// Switches the file's journal mode; false when SQLite refuses (another connection has the file open, or a
    /// transaction is open). A bulk load into an empty store runs in rollback-journal mode: pages appended to a file are
    /// not journaled there, so each page is written once, where WAL writes it to the log and again at the checkpoint.
    /// Atomicity and durability are the same (the journal holds the few pages that existed before).
    /// </summary>
    private static bool TrySetJournalMode(SqliteConnection connection, string mode)
    {
        try
        {
            return string.Equals(connection.Scalar($"PRAGMA journal_mode = {mode}") as string, mode, StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static void Reset(SqliteConnection connection, bool journalSwitched)
    {
        // Give the pooled connection back with normal memory use and every check on, and the file back in WAL mode.
        try
        {
            connection.Execute("PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000; PRAGMA threads = 0; PRAGMA shrink_memory;");
            if (journalSwitched && !TrySetJournalMode(connection, "wal"))
            {
                // Every store opening sets WAL again; until then this file is in rollback-journal mode, which is safe.
                SqliteConnection.ClearPool(connection);
            }
        }
        catch (SqliteException)
        {
            // The connection is being thrown away anyway.
        }
    }

    /// <summary>Hands <paramref name="total"/> items to <paramref name="upsert"/> in chunks of <see cref="GraphWriter.RowsPerInsert"/>.</summary>
    private Task<bool> InChunks(int total, Action<int, int> upsert, CancellationToken cancellationToken) => Run(() =>
    {
        for (var start = 0; start < total; start += GraphWriter.RowsPerInsert)
        {
            cancellationToken.ThrowIfCancellationRequested();
            upsert(start, Math.Min(GraphWriter.RowsPerInsert, total - start));
        }
    });

    private Task<bool> Run(Action action) => Run(() =>
    {
        action();
        return true;
    });

    private Task<T> Run<T>(Func<T> action)
    {
        if (_finished)
        {
            return Task.FromException<T>(new InvalidOperationException("The import session has already been committed or disposed."));
        }

        if (_failed)
        {
            return Task.FromException<T>(new GraphStoreException(
                GraphStoreCodes.Conflict, "An earlier batch of this import failed; dispose the session (nothing was applied) and start again."));
        }

        try
        {
            return Task.FromResult(action());
        }
        catch (Exception e)
        {
            _failed = true;
            return Task.FromException<T>(e is SqliteException s ? new GraphStoreException($"The import failed: {s.Message}", s) : e);
        }
    }

    private void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        try
        {
            _writer.Dispose();
            _transaction.Dispose();
            Reset(_connection, _journalSwitched);
            _connection.Dispose();
        }
        finally
        {
            _release();
        }
    }
}
