using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// Opens pooled connections to one database file with the settings every connection needs: foreign keys on,
/// <c>synchronous=FULL</c> (see ADR-010), a busy timeout, memory-mapped reads (full scans such as search read pages
/// without a system call each; about half the CPU on a million nodes), a cap on the WAL file left after checkpoints,
/// and the store's SQL functions.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    public const int BusyTimeoutMilliseconds = 15_000;

    public const long MemoryMapBytes = 1L << 30;

    private const string ConnectionPragmas =
        "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 15000; " +
        "PRAGMA mmap_size = 1073741824; PRAGMA journal_size_limit = 67108864;";

    private readonly string _connectionString;
    private volatile bool _directoryReady;

    public SqliteConnectionFactory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DatabasePath = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string DatabasePath { get; }

    public SqliteConnection Open()
    {
        if (!_directoryReady)
        {
            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            _directoryReady = true;
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();

            // Unicode lower case for case-insensitive Contains/StartsWith (SQLite's lower() only folds ASCII).
            connection.CreateFunction<string?, string?>("kg_lower", s => s?.ToLowerInvariant(), isDeterministic: true);
            connection.Execute(ConnectionPragmas);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes the idle pooled connections of this file (on dispose, so the file can be moved or deleted).</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
