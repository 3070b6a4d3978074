using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Serialization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Writing;

/// <summary>
/// Upserts and deletes inside one open write transaction with prepared commands reused for every item (change sets
/// and bulk imports share it). An upsert is an insert that does nothing on a known id, then an update that only
/// touches a row whose columns differ, so the affected-row counts say created, updated or unchanged exactly.
/// </summary>
internal sealed class GraphWriter : IDisposable
{
    public const string NodeItemKind = "node";
    public const string RelationshipItemKind = "relationship";

    /// <summary>Rows per multi-row INSERT of <see cref="UpsertNodes"/> and <see cref="UpsertRelationships"/>.</summary>
    public const int RowsPerInsert = 64;

    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly AuditContext? _audit;
    private readonly long _atMilliseconds;
    private readonly ItemJsonWriter _json = new();
    private readonly List<SqliteCommand> _commands = [];
    private readonly List<RawStatement> _statements = [];

    private NodeCommands? _nodeCommands;
    private RelationshipCommands? _relationshipCommands;
    private SqliteCommand? _auditInsert;
    private RawStatement? _nodeRowsInsert;
    private RawStatement? _relationshipRowsInsert;

    public GraphWriter(SqliteConnection connection, SqliteTransaction transaction, AuditContext? audit = null)
    {
        _connection = connection;
        _transaction = transaction;
        _audit = audit;
        _atMilliseconds = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }

    public WriteCounts Counts { get; } = new();

    public void UpsertNode(Node node)
    {
        var commands = _nodeCommands ??= new NodeCommands(this);
        var before = _audit is null ? null : FindNode(node.Id);
        switch (commands.Upsert(node, _json))
        {
            case UpsertOutcome.Created:
                Counts.NodesCreated++;
                Audit(NodeItemKind, node.Id, null, _audit is null ? null : _json.NodeDocument(node));
                break;
            case UpsertOutcome.Updated:
                Counts.NodesUpdated++;
                Audit(NodeItemKind, node.Id, before is null ? null : _json.NodeDocument(before), _audit is null ? null : _json.NodeDocument(node));
                break;
            default:
                Counts.NodesUnchanged++;
                break;
        }
    }

    public void UpsertRelationship(Relationship relationship)
    {
        var commands = _relationshipCommands ??= new RelationshipCommands(this);
        var before = _audit is null ? null : FindRelationship(relationship.Id);
        try
        {
            switch (commands.Upsert(relationship, _json))
            {
                case UpsertOutcome.Created:
                    Counts.RelationshipsCreated++;
                    Audit(RelationshipItemKind, relationship.Id, null, _audit is null ? null : _json.RelationshipDocument(relationship));
                    break;
                case UpsertOutcome.Updated:
                    Counts.RelationshipsUpdated++;
                    Audit(
                        RelationshipItemKind,
                        relationship.Id,
                        before is null ? null : _json.RelationshipDocument(before),
                        _audit is null ? null : _json.RelationshipDocument(relationship));
                    break;
                default:
                    Counts.RelationshipsUnchanged++;
                    break;
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
        {
            throw UnknownReference(relationship, [relationship.From, relationship.To], id => FindNode(id) is not null, e);
        }
    }

    /// <summary>
    /// Upserts <paramref name="count"/> nodes from <paramref name="start"/>, counted exactly as one by one: a full chunk
    /// of <see cref="RowsPerInsert"/> goes in one multi-row insert that skips known ids, and only a chunk in which some
    /// id was already known has its rows compared and updated one by one. Writes with an audit go row by row.
    /// </summary>
    public void UpsertNodes(IReadOnlyList<Node> nodes, int start, int count)
    {
        if (count != RowsPerInsert || _audit is not null)
        {
            for (var i = start; i < start + count; i++)
            {
                UpsertNode(nodes[i]);
            }

            return;
        }

        var commands = _nodeCommands ??= new NodeCommands(this);
        var insert = _nodeRowsInsert ??= PrepareRaw(RowsInsertSql("nodes", NodeCommands.Columns));
        for (var i = 0; i < count; i++)
        {
            var node = nodes[start + i];
            NodeCommands.Bind(insert, i * NodeCommands.Columns.Length, node, SearchText.Build(node), _json.NodeBodyUtf8(node));
        }

        var inserted = insert.Execute();
        Counts.NodesCreated += inserted;
        if (inserted < count)
        {
            var updated = 0;
            for (var i = start; i < start + count; i++)
            {
                updated += commands.Update(nodes[i], _json);
            }

            Counts.NodesUpdated += updated;
            Counts.NodesUnchanged += count - inserted - updated;
        }
    }

    /// <summary>As <see cref="UpsertNodes"/>; a chunk that fails (a missing end) is replayed row by row to name the culprit.</summary>
    public void UpsertRelationships(IReadOnlyList<Relationship> relationships, int start, int count)
    {
        if (count != RowsPerInsert || _audit is not null)
        {
            for (var i = start; i < start + count; i++)
            {
                UpsertRelationship(relationships[i]);
            }

            return;
        }

        var commands = _relationshipCommands ??= new RelationshipCommands(this);
        var insert = _relationshipRowsInsert ??= PrepareRaw(RowsInsertSql("relationships", RelationshipCommands.Columns));
        for (var i = 0; i < count; i++)
        {
            var relationship = relationships[start + i];
            RelationshipCommands.Bind(insert, i * RelationshipCommands.Columns.Length, relationship, _json.RelationshipBodyUtf8(relationship));
        }

        int inserted;
        try
        {
            inserted = insert.Execute();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
        {
            // The failed statement wrote nothing; row by row finds the relationship and reports it.
            for (var i = start; i < start + count; i++)
            {
                UpsertRelationship(relationships[i]);
            }

            throw;
        }

        Counts.RelationshipsCreated += inserted;
        if (inserted < count)
        {
            var updated = 0;
            for (var i = start; i < start + count; i++)
            {
                updated += commands.Update(relationships[i], _json);
            }

            Counts.RelationshipsUpdated += updated;
            Counts.RelationshipsUnchanged += count - inserted - updated;
        }
    }

    /// <summary>The error for a relationship whose end(s) among <paramref name="ends"/> are not nodes of the store.</summary>
    public static GraphStoreException UnknownReference(Relationship relationship, IEnumerable<string> ends, Func<string, bool> exists, Exception? inner = null)
    {
        var missing = ends.Where(id => !exists(id)).Distinct().Select(m => $"'{m}'");
        return new GraphStoreException(
            GraphStoreCodes.UnknownReference,
            $"Relationship '{relationship.Id}' ({relationship.Type.ToWireName()}) refers to unknown node(s) {string.Join(", ", missing)}.",
            relationship.Id,
            inner);
    }

    public void DeleteRelationship(string id)
    {
        var commands = _relationshipCommands ??= new RelationshipCommands(this);
        var before = _audit is null ? null : FindRelationship(id);
        commands.DeleteId.Value = id;
        if (commands.Delete.ExecuteNonQuery() == 1)
        {
            Counts.RelationshipsDeleted++;
            Audit(RelationshipItemKind, id, before is null ? null : _json.RelationshipDocument(before), null);
        }
    }

    /// <summary>Deletes a node and, first, every relationship that touches it (each counted and audited).</summary>
    public void DeleteNode(string id)
    {
        var commands = _nodeCommands ??= new NodeCommands(this);
        commands.TouchingId.Value = id;
        var touching = new List<string>();
        using (var reader = commands.Touching.ExecuteReader())
        {
            while (reader.Read())
            {
                touching.Add(reader.GetString(0));
            }
        }

        foreach (var relationshipId in touching)
        {
            DeleteRelationship(relationshipId);
        }

        var before = _audit is null ? null : FindNode(id);
        commands.DeleteId.Value = id;
        if (commands.Delete.ExecuteNonQuery() == 1)
        {
            Counts.NodesDeleted++;
            Audit(NodeItemKind, id, before is null ? null : _json.NodeDocument(before), null);
        }
    }

    /// <summary>Bumps the revision when something changed and returns the revision after this write.</summary>
    public long FinishRevision()
    {
        var sql = Counts.ChangedAnything
            ? "UPDATE meta SET value = value + 1 WHERE key = 'revision' RETURNING value"
            : "SELECT value FROM meta WHERE key = 'revision'";
        return Convert.ToInt64(_connection.Scalar(sql, _transaction), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        foreach (var statement in _statements)
        {
            statement.Dispose();
        }

        _json.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.Command(sql, _transaction);
        _commands.Add(command);
        return command;
    }

    /// <summary><c>INSERT INTO table (columns) VALUES (?1, ...), ... ON CONFLICT (id) DO NOTHING</c> for <see cref="RowsPerInsert"/> rows.</summary>
    private static string RowsInsertSql(string table, string[] columns)
    {
        var rows = Enumerable.Range(0, RowsPerInsert)
            .Select(r => $"({string.Join(", ", columns.Select((_, c) => $"?{(r * columns.Length) + c + 1}"))})");
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", rows)} ON CONFLICT (id) DO NOTHING";
    }

    private RawStatement PrepareRaw(string sql)
    {
        var statement = new RawStatement(_connection, sql);
        _statements.Add(statement);
        return statement;
    }

    private Node? FindNode(string id)
    {
        using var command = _connection.Command($"SELECT {ItemRows.NodeColumns} FROM nodes n WHERE n.id = $id", _transaction).With("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ItemRows.ReadNode(reader) : null;
    }

    private Relationship? FindRelationship(string id)
    {
        using var command = _connection.Command($"SELECT {ItemRows.RelationshipColumns} FROM relationships r WHERE r.id = $id", _transaction).With("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ItemRows.ReadRelationship(reader) : null;
    }

    private void Audit(string itemKind, string itemId, string? before, string? after)
    {
        if (_audit is null)
        {
            return;
        }

        _auditInsert ??= Prepare(
            """
            INSERT INTO audit_log (at_ms, actor, operation, item_kind, item_id, before, after)
            VALUES ($at, $actor, $operation, $kind, $id, $before, $after)
            """);
        _auditInsert.Parameters.Clear();
        _auditInsert.With("$at", _atMilliseconds)
            .With("$actor", _audit.Actor)
            .With("$operation", _audit.Operation)
            .With("$kind", itemKind)
            .With("$id", itemId)
            .With("$before", before)
            .With("$after", after)
            .ExecuteNonQuery();
    }

    /// <summary>The node statements: an upsert pair on the native handle, and the deletes.</summary>
    private sealed class NodeCommands
    {
        private readonly RawStatement _insert;
        private readonly RawStatement _update;

        /// <summary>The columns the statements bind, in parameter order.</summary>
        public static readonly string[] Columns = ["id", "kind", "name", "confidence", "valid_from", "valid_to", "search", "json"];

        public NodeCommands(GraphWriter writer)
        {
            _insert = writer.PrepareRaw(
                """
                INSERT INTO nodes (id, kind, name, confidence, valid_from, valid_to, search, json)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                ON CONFLICT (id) DO NOTHING
                """);
            _update = writer.PrepareRaw(
                """
                UPDATE nodes SET kind = ?2, name = ?3, confidence = ?4, valid_from = ?5, valid_to = ?6, search = ?7, json = ?8
                WHERE id = ?1 AND (kind IS NOT ?2 OR name IS NOT ?3 OR confidence IS NOT ?4
                    OR valid_from IS NOT ?5 OR valid_to IS NOT ?6 OR json IS NOT ?8)
                """);
            Touching = writer.Prepare("SELECT id FROM relationships WHERE src = $id UNION SELECT id FROM relationships WHERE dst = $id ORDER BY 1");
            TouchingId = Touching.Parameter("$id");
            Delete = writer.Prepare("DELETE FROM nodes WHERE id = $id");
            DeleteId = Delete.Parameter("$id");
        }

        public SqliteCommand Touching { get; }

        public SqliteParameter TouchingId { get; }

        public SqliteCommand Delete { get; }

        public SqliteParameter DeleteId { get; }

        /// <summary>Inserts the node, or updates it when any column differs; the update is only bound when the insert found the id.</summary>
        public UpsertOutcome Upsert(Node node, ItemJsonWriter json)
        {
            var body = json.NodeBodyUtf8(node);
            var search = SearchText.Build(node);
            Bind(_insert, node, search, body);
            if (_insert.Execute() == 1)
            {
                return UpsertOutcome.Created;
            }

            Bind(_update, node, search, body);
            return _update.Execute() == 1 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
        }

        /// <summary>Updates a stored node when any column differs; returns 1 when it did.</summary>
        public int Update(Node node, ItemJsonWriter json)
        {
            var search = SearchText.Build(node);
            Bind(_update, node, search, json.NodeBodyUtf8(node));
            return _update.Execute();
        }

        /// <summary>Binds the node's columns to parameters <paramref name="offset"/> + 1 to + 8.</summary>
        public static void Bind(RawStatement statement, int offset, Node node, string search, ReadOnlySpan<byte> body)
        {
            statement.Bind(offset + 1, node.Id);
            statement.Bind(offset + 2, node.Kind.ToString());
            statement.Bind(offset + 3, node.Name);
            statement.Bind(offset + 4, (long)node.Confidence);
            statement.Bind(offset + 5, IsoDates.ToText(node.ValidFrom));
            statement.Bind(offset + 6, IsoDates.ToText(node.ValidTo));
            statement.Bind(offset + 7, search);
            statement.BindUtf8(offset + 8, body);
        }

        private static void Bind(RawStatement statement, Node node, string search, ReadOnlySpan<byte> body) => Bind(statement, 0, node, search, body);
    }

    /// <summary>The relationship statements: an upsert pair on the native handle, and the delete.</summary>
    private sealed class RelationshipCommands
    {
        private readonly RawStatement _insert;
        private readonly RawStatement _update;

        /// <summary>The columns the statements bind, in parameter order.</summary>
        public static readonly string[] Columns = ["id", "type", "src", "dst", "json"];

        public RelationshipCommands(GraphWriter writer)
        {
            _insert = writer.PrepareRaw("INSERT INTO relationships (id, type, src, dst, json) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING");
            _update = writer.PrepareRaw(
                """
                UPDATE relationships SET type = ?2, src = ?3, dst = ?4, json = ?5
                WHERE id = ?1 AND (type IS NOT ?2 OR src IS NOT ?3 OR dst IS NOT ?4 OR json IS NOT ?5)
                """);
            Delete = writer.Prepare("DELETE FROM relationships WHERE id = $id");
            DeleteId = Delete.Parameter("$id");
        }

        public SqliteCommand Delete { get; }

        public SqliteParameter DeleteId { get; }

        public UpsertOutcome Upsert(Relationship relationship, ItemJsonWriter json)
        {
            var body = json.RelationshipBodyUtf8(relationship);
            Bind(_insert, relationship, body);
            if (_insert.Execute() == 1)
            {
                return UpsertOutcome.Created;
            }

            Bind(_update, relationship, body);
            return _update.Execute() == 1 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
        }

        /// <summary>Updates a stored relationship when any column differs; returns 1 when it did.</summary>
        public int Update(Relationship relationship, ItemJsonWriter json)
        {
            Bind(_update, relationship, json.RelationshipBodyUtf8(relationship));
            return _update.Execute();
        }

        /// <summary>Binds the relationship's columns to parameters <paramref name="offset"/> + 1 to + 5.</summary>
        public static void Bind(RawStatement statement, int offset, Relationship relationship, ReadOnlySpan<byte> body)
        {
            statement.Bind(offset + 1, relationship.Id);
            statement.Bind(offset + 2, relationship.Type.ToWireName());
            statement.Bind(offset + 3, relationship.From);
            statement.Bind(offset + 4, relationship.To);
            statement.BindUtf8(offset + 5, body);
        }

        private static void Bind(RawStatement statement, Relationship relationship, ReadOnlySpan<byte> body) => Bind(statement, 0, relationship, body);
    }
}
