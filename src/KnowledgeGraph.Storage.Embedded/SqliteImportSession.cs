using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// A bulk load in one long write transaction with the store's prepared upsert commands. Rows are written as batches
/// arrive (nothing is buffered), under a large page cache. Into an empty store the load is a bulk load: the secondary
/// indexes are dropped at the start and rebuilt once before commit, and foreign keys are checked once at commit
/// (<c>PRAGMA foreign_key_check</c>) instead of per row; both are much cheaper than row by row, and a failed check or
/// a rollback leaves the store exactly as it was. Into a non-empty store every row is checked as it is written.
/// </summary>
internal sealed class SqliteImportSession : IGraphImportSession
{
    /// <summary>Page cache of the import connection, in KiB (negative = KiB in SQLite's pragma).</summary>
    private const int ImportCacheKibibytes = 256 * 1024;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly GraphWriter _writer;
    private readonly IReadOnlyList<string> _deferredIndexes;
    private readonly bool _bulk;
    private readonly Action _release;
    private bool _finished;
    private bool _failed;

    private SqliteImportSession(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> deferredIndexes, bool bulk, Action release)
    {
        _connection = connection;
        _transaction = transaction;
        _deferredIndexes = deferredIndexes;
        _bulk = bulk;
        _release = release;
        _writer = new GraphWriter(connection, transaction);
    }

    /// <summary>
    /// Starts the session on <paramref name="connection"/> (owned from now on); <paramref name="release"/> runs once when
    /// the session ends. If starting fails the connection is closed and the caller still owns the release.
    /// </summary>
    public static SqliteImportSession Begin(SqliteConnection connection, Action release)
    {
        SqliteTransaction? transaction = null;
        try
        {
            connection.Execute($"PRAGMA cache_size = -{ImportCacheKibibytes}; PRAGMA temp_store = MEMORY;");

            // Foreign keys can only be switched outside a transaction: guess emptiness first, confirm under the write lock.
            var bulk = IsEmpty(connection, null);
            if (bulk)
            {
                connection.Execute("PRAGMA foreign_keys = OFF");
            }

            transaction = connection.BeginTransaction(deferred: false);
            if (bulk && !IsEmpty(connection, transaction))
            {
                // Another process wrote in between: load row by row with every check on.
                transaction.Dispose();
                connection.Execute("PRAGMA foreign_keys = ON");
                bulk = false;
                transaction = connection.BeginTransaction(deferred: false);
            }

            var deferred = bulk ? DropSecondaryIndexes(connection, transaction) : [];
            return new SqliteImportSession(connection, transaction, deferred, bulk, release);
        }
        catch
        {
            transaction?.Dispose();
            Reset(connection);
            connection.Dispose();
            throw;
        }
    }

    public Task AddNodesAsync(IReadOnlyList<Node> nodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return Run(() =>
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                if ((i & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                _writer.UpsertNode(nodes[i]);
            }
        });
    }

    public Task AddRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        return Run(() =>
        {
            for (var i = 0; i < relationships.Count; i++)
            {
                if ((i & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                _writer.UpsertRelationship(relationships[i]);
            }
        });
    }

    public Task<WriteResult> CommitAsync(CancellationToken cancellationToken = default) => Run(() =>
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_bulk)
        {
            CheckReferences();
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

    /// <summary>Drops the secondary indexes of nodes and relationships and returns their SQL, to run again before commit.</summary>
    private static List<string> DropSecondaryIndexes(SqliteConnection connection, SqliteTransaction transaction)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = connection.Command(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('nodes', 'relationships')",
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

        return [.. indexes.Select(i => i.Sql)];
    }

    private static void Reset(SqliteConnection connection)
    {
        // Give the pooled connection back with normal memory use.
        try
        {
            connection.Execute("PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT; PRAGMA shrink_memory;");
        }
        catch (SqliteException)
        {
            // The connection is being thrown away anyway.
        }
    }

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

    /// <summary>Fails the commit with <see cref="GraphStoreCodes.UnknownReference"/> when a loaded relationship has a missing end.</summary>
    private void CheckReferences()
    {
        long? rowId = null;
        using (var check = _connection.Command("PRAGMA foreign_key_check(relationships)", _transaction))
        using (var reader = check.ExecuteReader())
        {
            if (reader.Read())
            {
                rowId = reader.IsDBNull(1) ? -1 : reader.GetInt64(1);
            }
        }

        if (rowId is null)
        {
            return;
        }

        using var find = _connection.Command("SELECT id, type, src, dst FROM relationships WHERE rowid = $rowid", _transaction).With("$rowid", rowId);
        using var row = find.ExecuteReader();
        throw row.Read()
            ? _writer.UnknownReference(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), null)
            : new GraphStoreException(GraphStoreCodes.UnknownReference, "A relationship of the import refers to an unknown node.");
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
            Reset(_connection);
            _connection.Dispose();
        }
        finally
        {
            _release();
        }
    }
}
