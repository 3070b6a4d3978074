using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Queries;
using KnowledgeGraph.Storage.Embedded.Schema;
using KnowledgeGraph.Storage.Embedded.Serialization;
using KnowledgeGraph.Storage.Embedded.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>
/// The default store: one SQLite file in WAL mode. Every read runs in one read transaction (a consistent snapshot);
/// every write is one <c>BEGIN IMMEDIATE</c> transaction, serialised in-process by a lock and across processes by
/// SQLite's write lock. See ADR-010.
/// </summary>
internal sealed class SqliteGraphStore : IGraphStore, IEmbeddedStoreMaintenance, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Lock _initializeLock = new();
    private readonly int _pageSize;
    private volatile bool _initialized;

    /// <param name="pageSize">Page size of the file when this store creates it (see <see cref="EmbeddedStoreOptions.PageSize"/>).</param>
    public SqliteGraphStore(string path, int pageSize = EmbeddedStoreOptions.DefaultPageSize)
    {
        if (!EmbeddedStoreOptions.IsValidPageSize(pageSize))
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be a power of two from 512 to 65536 bytes.");
        }

        _connections = new SqliteConnectionFactory(path);
        _pageSize = pageSize;
    }

    public string DatabasePath => _connections.DatabasePath;

    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EnsureInitialized();
        return Task.CompletedTask;
    }

    /// <summary>True when the file opens with a schema this build knows and answers a query.</summary>
    public Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            EnsureInitialized();
            using var connection = _connections.Open();
            return Task.FromResult(Convert.ToInt64(connection.Scalar("SELECT 1"), CultureInfo.InvariantCulture) == 1);
        }
        catch (Exception e) when (e is SqliteException or GraphStoreException or IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(false);
        }
    }

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) =>
        ReadAsync((c, t) => Convert.ToInt64(c.Scalar("SELECT value FROM meta WHERE key = 'revision'", t), CultureInfo.InvariantCulture), cancellationToken);

    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        var nodes = await GetNodesAsync([id], cancellationToken);
        return nodes.Count == 0 ? null : nodes[0];
    }

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Node>>([]);
        }

        return ReadAsync<IReadOnlyList<Node>>((c, t) => ReadNodes(c, t, ids), cancellationToken);
    }

    public Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync((c, t) => new NodeQueryRunner(c, t, query).Run(), cancellationToken);
    }

    public Task<IReadOnlyList<Node>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = SearchText.FoldQuery(query.Text ?? string.Empty);
        if (text.Length == 0 || query.First <= 0 || query.Kinds is { Count: 0 })
        {
            return Task.FromResult<IReadOnlyList<Node>>([]);
        }

        return ReadAsync<IReadOnlyList<Node>>(
            (c, t) =>
            {
                var p = new SqlParameters();
                var separator = SearchText.Separator.ToString();
                var kinds = query.Kinds is null ? string.Empty : $" AND n.kind IN (SELECT value FROM json_each({p.Add(JsonArray(query.Kinds.Select(k => k.ToString())))}))";
                var sql = $"""
                    SELECT {ItemRows.NodeColumns},
                        CASE WHEN instr(n.search, {p.Add(separator + text + separator)}) > 0 THEN 0
                             WHEN instr(n.search, {p.Add(separator + text)}) > 0 THEN 1
                             ELSE 2 END AS rank
                    FROM nodes n
                    WHERE instr(n.search, {p.Add(text)}) > 0{kinds}
                    ORDER BY rank, n.name, n.id
                    LIMIT {p.Add((long)Math.Min(query.First, QueryLimits.MaxSearchResults))}
                    """;
                return ReadNodeList(p.ApplyTo(c.Command(sql, t)));
            },
            cancellationToken);
    }

    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(
            (c, t) =>
            {
                using var command = c.Command(ItemRows.RelationshipOfIdSql, t).WithRelationshipId(id);
                using var reader = command.ExecuteReader();
                return reader.Read() ? ItemRows.ReadRelationship(reader) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.NodeIds.Count == 0 || query.Types is { Count: 0 })
        {
            return Task.FromResult<IReadOnlyList<Relationship>>([]);
        }

        return ReadAsync<IReadOnlyList<Relationship>>((c, t) => ReadTouching(c, t, query.NodeIds, query.Direction, query.Types), cancellationToken);
    }

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(
            (c, t) => query.Depth < 0 || query.MaxNodes < 1
                ? throw new GraphStoreException(GraphStoreCodes.BadFilter, "Bad neighbourhood: depth must not be negative and maxNodes must be at least 1.")
                : ReadNeighbourhood(c, t, query),
            cancellationToken);
    }

    public async IAsyncEnumerable<Node> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.Command($"SELECT {ItemRows.NodeColumns} FROM nodes n ORDER BY n.id", transaction);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ItemRows.ReadNode(reader);
        }
    }

    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.Command(
            $"SELECT {ItemRows.RelationshipColumns} FROM {ItemRows.RelationshipTables} ORDER BY {ItemRows.RelationshipIdSql}", transaction);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return ItemRows.ReadRelationship(reader);
        }
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            (c, t) =>
            {
                var nodes = new Dictionary<NodeKind, long>();
                using (var command = c.Command("SELECT kind, COUNT(*) FROM nodes GROUP BY kind", t))
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        nodes[ItemJsonReader.ParseKind(reader.GetString(0), "?")] = reader.GetInt64(1);
                    }
                }

                var relationships = new Dictionary<RelationshipType, long>();
                using (var command = c.Command("SELECT type, COUNT(*) FROM relationships GROUP BY type", t))
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        relationships[RelationshipTypes.Parse(reader.GetString(0))] = reader.GetInt64(1);
                    }
                }

                return new GraphStats(nodes, relationships);
            },
            cancellationToken);

    public async Task<WriteResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        EnsureInitialized();
        if (changes.IsEmpty)
        {
            return new WriteResult(0, 0, 0, 0, 0, 0, 0, 0, await GetRevisionAsync(cancellationToken));
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return Guard(() =>
            {
                using var connection = _connections.Open();
                using var transaction = connection.BeginTransaction(deferred: false);
                using var writer = new GraphWriter(connection, transaction, changes.Audit);
                foreach (var node in changes.UpsertNodes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.UpsertNode(node);
                }

                foreach (var relationship in changes.UpsertRelationships)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.UpsertRelationship(relationship);
                }

                foreach (var id in changes.DeleteRelationshipIds)
                {
                    writer.DeleteRelationship(id);
                }

                foreach (var id in changes.DeleteNodeIds)
                {
                    writer.DeleteNode(id);
                }

                var revision = writer.FinishRevision();
                transaction.Commit();
                return writer.Counts.ToResult(revision);
            });
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<IGraphImportSession> BeginImportAsync(CancellationToken cancellationToken = default)
    {
        EnsureInitialized();
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return Guard(() => SqliteImportSession.Begin(_connections.Open(), _connections.ClearPool, () => _writeLock.Release()));
        }
        catch
        {
            _writeLock.Release();
            throw;
        }
    }

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.First <= 0)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>([]);
        }

        return ReadAsync<IReadOnlyList<AuditEntry>>(
            (c, t) =>
            {
                var p = new SqlParameters();
                var where = new List<string> { "1" };
                if (query.Actor is not null)
                {
                    where.Add($"actor = {p.Add(query.Actor)}");
                }

                if (query.ItemId is not null)
                {
                    where.Add($"item_id = {p.Add(query.ItemId)}");
                }

                if (query.Since is { } since)
                {
                    where.Add($"at_ms >= {p.Add(since.ToUnixTimeMilliseconds())}");
                }

                var sql = $"""
                    SELECT seq, at_ms, actor, operation, item_kind, item_id, before, after FROM audit_log
                    WHERE {string.Join(" AND ", where)} ORDER BY seq DESC LIMIT {p.Add((long)Math.Min(query.First, QueryLimits.MaxAuditEntries))}
                    """;
                using var command = p.ApplyTo(c.Command(sql, t));
                using var reader = command.ExecuteReader();
                var entries = new List<AuditEntry>();
                while (reader.Read())
                {
                    entries.Add(new AuditEntry(
                        reader.GetInt64(0),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.GetString(5),
                        reader.GetNullableString(6),
                        reader.GetNullableString(7)));
                }

                return entries;
            },
            cancellationToken);
    }

    public Task BackupToAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        EnsureInitialized();
        var target = Path.GetFullPath(path);
        if (string.Equals(target, DatabasePath, StringComparison.Ordinal))
        {
            throw new ArgumentException("The backup must go to another file than the database itself.", nameof(path));
        }

        var directory = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        Guard(() =>
        {
            using var source = _connections.Open();
            using var destination = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = target,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString());
            destination.Open();
            source.BackupDatabase(destination);
            return 0;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<string>>(
            (c, t) =>
            {
                var problems = new List<string>();
                using (var command = c.Command("PRAGMA integrity_check", t))
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        var line = reader.GetString(0);
                        if (!string.Equals(line, "ok", StringComparison.Ordinal))
                        {
                            problems.Add($"integrity: {line}");
                        }
                    }
                }

                using (var command = c.Command("PRAGMA foreign_key_check", t))
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        // Relationship rows have no rowid to name (WITHOUT ROWID): DanglingRelationships names them below.
                        var table = reader.GetString(0);
                        if (!string.Equals(table, "relationships", StringComparison.Ordinal))
                        {
                            var rowId = reader.IsDBNull(1) ? "?" : reader.GetInt64(1).ToString(CultureInfo.InvariantCulture);
                            problems.Add($"foreign key: {table} row {rowId} refers to a missing row of {reader.GetString(2)}");
                        }
                    }
                }

                problems.AddRange(DanglingRelationships(c, t));
                return problems;
            },
            cancellationToken);

    public void Dispose()
    {
        _connections.ClearPool();
        _writeLock.Dispose();
    }

    /// <summary>Creates or migrates the schema once per store instance; later calls return at once.</summary>
    internal void EnsureInitialized()
    {
        if (_initialized)
        {
            return;
        }

        lock (_initializeLock)
        {
            if (_initialized)
            {
                return;
            }

            Guard(() =>
            {
                using var connection = _connections.Open();
                return SchemaMigrator.Migrate(connection, DatabasePath, pageSize: _pageSize);
            });
            _initialized = true;
        }
    }

    /// <summary>A connection with this store's settings (tests inspect its pragmas).</summary>
    internal SqliteConnection OpenConnection() => _connections.Open();

    /// <summary>A problem per relationship row whose end or provenance row is missing, naming the relationship.</summary>
    private static List<string> DanglingRelationships(SqliteConnection connection, SqliteTransaction transaction)
    {
        // Left joins: the point is to describe a row whose end may be missing ('#key' stands for a missing node).
        using var command = connection.Command(
            """
            SELECT r.id, r.type, COALESCE(rs.id, '#' || r.src), COALESCE(rd.id, '#' || r.dst), rs.key IS NULL OR rd.key IS NULL, rp.key IS NULL
            FROM relationships r LEFT JOIN nodes rs ON rs.key = r.src LEFT JOIN nodes rd ON rd.key = r.dst LEFT JOIN provenance rp ON rp.key = r.provenance
            WHERE rs.key IS NULL OR rd.key IS NULL OR rp.key IS NULL
            """,
            transaction);
        using var reader = command.ExecuteReader();
        var problems = new List<string>();
        while (reader.Read())
        {
            var id = reader.GetString(0) is { Length: > 0 } stored ? stored : Relationship.DefaultId(reader.GetString(2), reader.GetString(1), reader.GetString(3));
            foreach (var (missing, table) in new[] { (reader.GetBoolean(4), "nodes"), (reader.GetBoolean(5), "provenance") })
            {
                if (missing)
                {
                    problems.Add($"foreign key: relationships row '{id}' refers to a missing row of {table}");
                }
            }
        }

        return problems;
    }

    private static string JsonArray(IEnumerable<string> values)
    {
        using var json = new ItemJsonWriter();
        return json.Array(values);
    }

    private static List<Node> ReadNodes(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> ids)
    {
        using var command = connection.Command(
            $"SELECT {ItemRows.NodeColumns} FROM nodes n WHERE n.id IN (SELECT value FROM json_each($ids)) ORDER BY n.id", transaction)
            .With("$ids", JsonArray(ids));
        return ReadNodeList(command);
    }

    private static List<Node> ReadNodeList(SqliteCommand command)
    {
        using (command)
        {
            using var reader = command.ExecuteReader();
            var nodes = new List<Node>();
            while (reader.Read())
            {
                nodes.Add(ItemRows.ReadNode(reader));
            }

            return nodes;
        }
    }

    private static List<Relationship> ReadTouching(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> ids, Direction direction, IReadOnlyCollection<RelationshipType>? types)
    {
        var p = new SqlParameters();
        var idList = p.Add(JsonArray(ids));
        var typeFilter = types is null ? string.Empty : $" AND r.type IN (SELECT value FROM json_each({p.Add(JsonArray(types.Select(t => t.ToWireName())))}))";
        var keys = ItemRows.NodeKeysOfIdsSql(idList);

        // Rows straight from the table (outgoing: one range of the primary key) or the (dst, type) index (incoming); both
        // directions add the incoming rows whose source is not in the set, so no row comes twice and nothing needs a
        // UNION's de-duplication. The id, last, is what the rows are sorted by.
        var select = $"SELECT {ItemRows.RelationshipColumns}, {ItemRows.RelationshipIdSql} FROM {ItemRows.RelationshipTables}";
        var outgoing = $"{select} WHERE r.src IN ({keys}){typeFilter}";
        var incoming = $"{select} WHERE r.dst IN ({keys}){typeFilter}";
        var sql = direction switch
        {
            Direction.Outgoing => outgoing,
            Direction.Incoming => incoming,
            _ => $"{outgoing} UNION ALL {incoming} AND r.src NOT IN ({keys})",
        };
        using var command = p.ApplyTo(connection.Command($"{sql} ORDER BY {ItemRows.RelationshipColumnCount + 1}", transaction));
        using var reader = command.ExecuteReader();
        var relationships = new List<Relationship>();
        while (reader.Read())
        {
            relationships.Add(ItemRows.ReadRelationship(reader));
        }

        return relationships;
    }

    /// <summary>Breadth-first from the start node, closest first (ties by id), up to MaxNodes; then the relationships among the nodes kept.</summary>
    private static Subgraph ReadNeighbourhood(SqliteConnection connection, SqliteTransaction transaction, NeighbourhoodQuery query)
    {
        var start = ReadNodes(connection, transaction, [query.Id]);
        if (start.Count == 0)
        {
            return Subgraph.Empty;
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [query.Id] = 0 };
        var frontier = new List<string> { query.Id };
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && distance.Count < query.MaxNodes; depth++)
        {
            var next = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var relationship in ReadTouching(connection, transaction, frontier, query.Direction, query.Types))
            {
                foreach (var (near, far, outgoing) in new[] { (relationship.From, relationship.To, true), (relationship.To, relationship.From, false) })
                {
                    var followed = query.Direction == Direction.Both || (query.Direction == Direction.Outgoing) == outgoing;
                    if (followed && distance.TryGetValue(near, out var d) && d == depth - 1 && !distance.ContainsKey(far))
                    {
                        next.Add(far);
                    }
                }
            }

            frontier = [];
            foreach (var id in next)
            {
                if (distance.Count >= query.MaxNodes)
                {
                    break;
                }

                distance[id] = depth;
                frontier.Add(id);
            }
        }

        var nodes = ReadNodes(connection, transaction, distance.Keys)
            .OrderBy(n => distance[n.Id])
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        var p = new SqlParameters();
        var set = ItemRows.NodeKeysOfIdsSql(p.Add(JsonArray(distance.Keys)));
        var typeFilter = query.Types is null
            ? string.Empty
            : $" AND r.type IN (SELECT value FROM json_each({p.Add(JsonArray(query.Types.Select(t => t.ToWireName())))}))";
        using var command = p.ApplyTo(connection.Command(
            $"""
            SELECT {ItemRows.RelationshipColumns} FROM {ItemRows.RelationshipTables}
            WHERE r.src IN ({set}) AND r.dst IN ({set}){typeFilter}
            ORDER BY {ItemRows.RelationshipIdSql}
            """,
            transaction));
        using var reader = command.ExecuteReader();
        var relationships = new List<Relationship>();
        while (reader.Read())
        {
            relationships.Add(ItemRows.ReadRelationship(reader));
        }

        return new Subgraph(nodes, relationships);
    }

    /// <summary>Turns SQLite failures into <see cref="GraphStoreException"/> with a stable code.</summary>
    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw e.SqliteErrorCode switch
            {
                5 or 6 => new GraphStoreException(GraphStoreCodes.Unavailable, $"The embedded store is busy: {e.Message}", null, e),
                10 or 13 or 14 or 26 => new GraphStoreException(GraphStoreCodes.Unavailable, $"The embedded store cannot use its file: {e.Message}", null, e),
                _ => new GraphStoreException($"The embedded store failed: {e.Message}", e),
            };
        }
    }

    /// <summary>Runs a read in one deferred transaction, so that all its statements see the same snapshot.</summary>
    private Task<T> ReadAsync<T>(Func<SqliteConnection, SqliteTransaction, T> read, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            EnsureInitialized();
            return Task.FromResult(Guard(() =>
            {
                using var connection = _connections.Open();
                using var transaction = connection.BeginTransaction(deferred: true);
                return read(connection, transaction);
            }));
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }
}
