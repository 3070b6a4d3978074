using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Serialization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Writing;

/// <summary>
/// Upserts and deletes inside one open write transaction with prepared commands reused for every item (change sets
/// and bulk imports share it). An upsert is an insert that does nothing on a known id, then an update that only
/// touches a row whose columns differ, so the affected-row counts say created, updated or unchanged exactly.
/// Relationship rows refer to node keys and to a shared provenance row; both are looked up once per id or
/// provenance and remembered for the rest of the write (this writer lives no longer than its transaction).
/// </summary>
internal sealed class GraphWriter : IDisposable
{
    public const string NodeItemKind = "node";
    public const string RelationshipItemKind = "relationship";

    /// <summary>Rows per multi-row INSERT of <see cref="UpsertNodes"/> and <see cref="UpsertRelationships"/>.</summary>
    public const int RowsPerInsert = 64;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly AuditContext? _audit;
    private readonly long _atMilliseconds;
    private readonly ItemJsonWriter _json = new();
    private readonly List<SqliteCommand> _commands = [];
    private readonly List<RawStatement> _statements = [];
    private readonly NodeKeys _nodeKeys = new();
    private readonly Dictionary<string, long> _provenanceKeys = new(StringComparer.Ordinal);
    private readonly RelationshipRow[] _rows = new RelationshipRow[RowsPerInsert];

    private NodeCommands? _nodeCommands;
    private RelationshipCommands? _relationshipCommands;
    private SqliteCommand? _auditInsert;
    private RawStatement? _nodeRowsInsert;
    private RawStatement? _nodeRowsInsertShared;
    private RawStatement? _relationshipRowsInsert;
    private RawStatement? _relationshipRowsInsertShared;
    private RawStatement? _edgeRowsInsert;
    private SqliteCommand? _nodeKeyQuery;
    private SqliteCommand? _keyOfId;
    private SqliteCommand? _provenanceInsert;
    private long _nextNodeKey;
    private Provenance? _lastProvenance;
    private long _lastProvenanceKey;
    private bool? _defaultFormNames;

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
        var key = NextNodeKey();
        switch (commands.Upsert(key, node, ProvenanceKey(node.Provenance), _json))
        {
            case UpsertOutcome.Created:
                Counts.NodesCreated++;
                _nodeKeys.Created(node.Id, key);
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
        var row = Row(relationship);
        var outcome = HolderOfIdInOtherForm(relationship, row) is { } key
            ? commands.UpdateByKey(key, relationship, row, _json)
            : commands.Upsert(relationship, row, _json);
        if (row.KeepsMovedDefaultId)
        {
            _defaultFormNames = true;
        }

        CountRelationship(outcome);
        if (_audit is not null && outcome != UpsertOutcome.Unchanged)
        {
            var was = outcome == UpsertOutcome.Created || before is null ? null : _json.RelationshipDocument(before);
            Audit(RelationshipItemKind, relationship.Id, was, _json.RelationshipDocument(relationship));
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
        var firstKey = _nextNodeKey > 0 ? _nextNodeKey : NextNodeKey();
        RawStatement insert;
        if (NodeCommands.ShareKindConfidenceAndDates(nodes, start, count))
        {
            // The usual import chunk: one kind and confidence, no dates, bound once for all rows.
            insert = _nodeRowsInsertShared ??= PrepareRaw(
                RowsInsertSql("nodes", NodeCommands.Columns, "ON CONFLICT (id) DO NOTHING", NodeCommands.SharedColumns));
            NodeCommands.BindShared(insert, nodes[start], ProvenanceKey(nodes[start].Provenance));
            for (var i = 0; i < count; i++)
            {
                var node = nodes[start + i];
                NodeCommands.BindOwn(insert, OwnColumnsOffset(NodeCommands.Columns, NodeCommands.SharedColumns, i), firstKey + i, node, SearchText.Build(node), _json.NodeBodyUtf8(node));
            }
        }
        else
        {
            insert = _nodeRowsInsert ??= PrepareRaw(RowsInsertSql("nodes", NodeCommands.Columns, "ON CONFLICT (id) DO NOTHING"));
            for (var i = 0; i < count; i++)
            {
                var node = nodes[start + i];
                var provenance = ProvenanceKey(node.Provenance);
                NodeCommands.Bind(insert, i * NodeCommands.Columns.Length, firstKey + i, node, SearchText.Build(node), provenance, _json.NodeBodyUtf8(node));
            }
        }

        var inserted = insert.Execute();
        _nextNodeKey = firstKey + count;
        Counts.NodesCreated += inserted;
        if (inserted == count)
        {
            // Every row is new, so each got the key it was given (a partly known chunk's keys are looked up when needed).
            for (var i = 0; i < count; i++)
            {
                _nodeKeys.Created(nodes[start + i].Id, firstKey + i);
            }
        }
        else
        {
            var updated = 0;
            for (var i = start; i < start + count; i++)
            {
                updated += commands.Update(nodes[i], ProvenanceKey(nodes[i].Provenance), _json);
            }

            Counts.NodesUpdated += updated;
            Counts.NodesUnchanged += count - inserted - updated;
        }
    }

    /// <summary>As <see cref="UpsertNodes"/>; a relationship with an unknown end stops the chunk before it is written.</summary>
    public void UpsertRelationships(IReadOnlyList<Relationship> relationships, int start, int count)
    {
        // Row by row when a relationship may keep a default id after its ends moved: that finds the row that holds it.
        if (count != RowsPerInsert || _audit is not null || DefaultFormNamesExist() || !TryFillRows(relationships, start, count))
        {
            for (var i = start; i < start + count; i++)
            {
                UpsertRelationship(relationships[i]);
            }

            return;
        }

        var commands = _relationshipCommands ??= new RelationshipCommands(this);
        var rows = _rows;
        RawStatement insert;
        if (ShareOneTypeAndProvenance(rows))
        {
            // The usual import chunk: one type, default ids, one confidence and provenance, bound once for all rows.
            insert = _relationshipRowsInsertShared ??= PrepareRaw(
                RowsInsertSql("relationships", RelationshipCommands.Columns, "ON CONFLICT DO NOTHING", RelationshipCommands.SharedColumns));
            RelationshipCommands.BindShared(insert, rows[0]);
            for (var i = 0; i < count; i++)
            {
                RelationshipCommands.BindOwn(insert, OwnColumnsOffset(RelationshipCommands.Columns, RelationshipCommands.SharedColumns, i), rows[i], _json.RelationshipBodyUtf8(relationships[start + i]));
            }
        }
        else
        {
            insert = _relationshipRowsInsert ??= PrepareRaw(RowsInsertSql("relationships", RelationshipCommands.Columns, "ON CONFLICT DO NOTHING"));
            for (var i = 0; i < count; i++)
            {
                RelationshipCommands.Bind(insert, i * RelationshipCommands.Columns.Length, rows[i], _json.RelationshipBodyUtf8(relationships[start + i]));
            }
        }

        var inserted = insert.Execute();
        Counts.RelationshipsCreated += inserted;
        if (inserted < count)
        {
            var updated = 0;
            for (var i = start; i < start + count; i++)
            {
                updated += commands.Update(relationships[i], rows[i - start], _json);
            }

            Counts.RelationshipsUpdated += updated;
            Counts.RelationshipsUnchanged += count - inserted - updated;
        }
    }

    /// <summary>
    /// Upserts <paramref name="count"/> rows of an edge batch from <paramref name="start"/>, counted exactly as one by
    /// one, without a relationship object per row: a full chunk of <see cref="RowsPerInsert"/> goes in one multi-row
    /// insert that binds type and provenance once and each row's end keys and weight. Ends are resolved once per node of
    /// the batch's id table and remembered for the next batches of the same table.
    /// </summary>
    public void UpsertEdges(EdgeBatch batch, int start, int count)
    {
        if (_audit is not null || DefaultFormNamesExist())
        {
            for (var i = start; i < start + count; i++)
            {
                UpsertRelationship(batch.ToRelationship(i));
            }

            return;
        }

        var commands = _relationshipCommands ??= new RelationshipCommands(this);
        if (count != RowsPerInsert)
        {
            // A batch's short tail: row by row, ends still found by position. Edge rows have no body.
            for (var i = start; i < start + count; i++)
            {
                CountRelationship(commands.Upsert(EdgeRow(batch, i), []));
            }

            return;
        }

        var insert = _edgeRowsInsert ??= PrepareRaw(
            RowsInsertSql("relationships", RelationshipCommands.Columns, "ON CONFLICT DO NOTHING", RelationshipCommands.EdgeSharedColumns));
        RelationshipCommands.BindShared(
            insert, new RelationshipRow(batch.Type.ToWireName(), 0, 0, string.Empty, (long)batch.Confidence, ProvenanceKey(batch.Provenance), null));
        for (var i = 0; i < count; i++)
        {
            var row = start + i;
            var offset = OwnColumnsOffset(RelationshipCommands.Columns, RelationshipCommands.EdgeSharedColumns, i);
            var weight = batch.Weights[row];
            insert.Bind(offset + 1, EndKey(batch, row, batch.From[row]));
            insert.Bind(offset + 2, EndKey(batch, row, batch.To[row]));
            insert.Bind(offset + 3, double.IsNaN(weight) ? null : weight);
        }

        var inserted = insert.Execute();
        Counts.RelationshipsCreated += inserted;
        if (inserted < count)
        {
            var updated = 0;
            for (var i = start; i < start + count; i++)
            {
                updated += commands.Update(EdgeRow(batch, i), []);
            }

            Counts.RelationshipsUpdated += updated;
            Counts.RelationshipsUnchanged += count - inserted - updated;
        }
    }

    /// <summary>The error for a relationship whose end(s) among <paramref name="ends"/> are not nodes of the store.</summary>
    private static GraphStoreException UnknownReference(Relationship relationship, IEnumerable<string> ends, Func<string, bool> exists)
    {
        var missing = ends.Where(id => !exists(id)).Distinct().Select(m => $"'{m}'");
        return new GraphStoreException(
            GraphStoreCodes.UnknownReference,
            $"Relationship '{relationship.Id}' ({relationship.Type.ToWireName()}) refers to unknown node(s) {string.Join(", ", missing)}.",
            relationship.Id);
    }

    public void DeleteRelationship(string id)
    {
        var commands = _relationshipCommands ??= new RelationshipCommands(this);
        var before = _audit is null ? null : FindRelationship(id);
        if (KeyOfId(id) is { } key && commands.Delete(key) == 1)
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
        _nodeKeys.Deleted(id);
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

    /// <summary>
    /// <c>INSERT INTO table (columns) VALUES (...), ... ON CONFLICT ...</c> for <see cref="RowsPerInsert"/> rows. The
    /// <paramref name="shared"/> columns take one parameter for all rows (<c>?1</c>... in their order); the other
    /// columns take one per row after them, row by row in column order.
    /// </summary>
    private static string RowsInsertSql(string table, string[] columns, string onConflict, params string[] shared)
    {
        var perRow = columns.Where(c => !shared.Contains(c)).ToArray();
        string Parameter(int row, string column) => System.Array.IndexOf(shared, column) is var s and >= 0
            ? $"?{s + 1}"
            : $"?{shared.Length + (row * perRow.Length) + System.Array.IndexOf(perRow, column) + 1}";
        var rows = Enumerable.Range(0, RowsPerInsert).Select(r => $"({string.Join(", ", columns.Select(c => Parameter(r, c)))})");
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", rows)} {onConflict}";
    }

    /// <summary>Where row <paramref name="row"/>'s own parameters start in <see cref="RowsInsertSql"/> with these columns.</summary>
    private static int OwnColumnsOffset(string[] columns, string[] shared, int row) => shared.Length + (row * (columns.Length - shared.Length));

    /// <summary>Fills <see cref="_rows"/> for the chunk; false when a row keeps a moved default id (see <see cref="RelationshipRow.KeepsMovedDefaultId"/>).</summary>
    private bool TryFillRows(IReadOnlyList<Relationship> relationships, int start, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _rows[i] = Row(relationships[start + i]);
            if (_rows[i].KeepsMovedDefaultId)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ShareOneTypeAndProvenance(RelationshipRow[] rows)
    {
        var first = rows[0];
        foreach (var row in rows)
        {
            if (row.Id.Length > 0 || row.Confidence != first.Confidence || row.Provenance != first.Provenance
                || !string.Equals(row.Type, first.Type, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private long EndKey(EdgeBatch batch, int row, int position)
    {
        if (_nodeKeys.TryGetAt(batch.NodeIds, position, out var key))
        {
            return key;
        }

        if (NodeKey(batch.NodeIds[position]) is not { } found)
        {
            var relationship = batch.ToRelationship(row);
            throw UnknownReference(relationship, [relationship.From, relationship.To], id => NodeKey(id) is not null);
        }

        _nodeKeys.FoundAt(position, found);
        return found;
    }

    /// <summary>The column values of row <paramref name="row"/> of an edge batch (a default id, a float weight or none).</summary>
    private RelationshipRow EdgeRow(EdgeBatch batch, int row)
    {
        var weight = batch.Weights[row];
        return new RelationshipRow(
            batch.Type.ToWireName(),
            EndKey(batch, row, batch.From[row]),
            EndKey(batch, row, batch.To[row]),
            string.Empty,
            (long)batch.Confidence,
            ProvenanceKey(batch.Provenance),
            double.IsNaN(weight) ? null : weight);
    }

    private void CountRelationship(UpsertOutcome outcome)
    {
        switch (outcome)
        {
            case UpsertOutcome.Created:
                Counts.RelationshipsCreated++;
                break;
            case UpsertOutcome.Updated:
                Counts.RelationshipsUpdated++;
                break;
            default:
                Counts.RelationshipsUnchanged++;
                break;
        }
    }

    /// <summary>The key the next new node gets: one more than the largest in the store, then counting up.</summary>
    private long NextNodeKey()
    {
        if (_nextNodeKey == 0)
        {
            _nextNodeKey = Convert.ToInt64(_connection.Scalar("SELECT COALESCE(MAX(key), 0) + 1 FROM nodes", _transaction), System.Globalization.CultureInfo.InvariantCulture);
        }

        return _nextNodeKey++;
    }

    private long? NodeKey(string id)
    {
        if (_nodeKeys.TryGet(id, out var key))
        {
            return key;
        }

        _nodeKeyQuery ??= Prepare("SELECT key FROM nodes WHERE id = $id");
        _nodeKeyQuery.Parameters.Clear();
        if (_nodeKeyQuery.With("$id", id).ExecuteScalar() is long found)
        {
            _nodeKeys.Found(id, found);
            return found;
        }

        return null;
    }

    /// <summary>The key of the shared provenance row, added when new; an import shares one provenance object for all rows.</summary>
    private long ProvenanceKey(Provenance provenance)
    {
        if (ReferenceEquals(provenance, _lastProvenance))
        {
            return _lastProvenanceKey;
        }

        var json = System.Text.Encoding.UTF8.GetString(_json.ProvenanceUtf8(provenance));
        if (!_provenanceKeys.TryGetValue(json, out var key))
        {
            _provenanceInsert ??= Prepare(
                "INSERT INTO provenance (json) VALUES ($json) ON CONFLICT (json) DO NOTHING; SELECT key FROM provenance WHERE json = $json");
            _provenanceInsert.Parameters.Clear();
            key = Convert.ToInt64(_provenanceInsert.With("$json", json).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            _provenanceKeys[json] = key;
        }

        _lastProvenance = provenance;
        _lastProvenanceKey = key;
        return key;
    }

    /// <summary>
    /// Whether some stored relationship keeps a default-form id that is not its own (its ends moved): only then can an id
    /// be held by a row in the other form than the one <see cref="Row"/> gives, so bulk chunks skip that lookup otherwise.
    /// </summary>
    private bool DefaultFormNamesExist() =>
        _defaultFormNames ??= Convert.ToInt64(
            _connection.Scalar("SELECT EXISTS (SELECT 1 FROM relationships WHERE id <> '' AND id LIKE '%--%->%')", _transaction),
            System.Globalization.CultureInfo.InvariantCulture) == 1;

    /// <summary>
    /// The key of the row that holds the relationship's id in the other form: a stored id equal to a default id
    /// (a relationship whose ends moved), or the default row of the ends a default-form id names (the move itself).
    /// </summary>
    private RelationshipKey? HolderOfIdInOtherForm(Relationship relationship, RelationshipRow row)
    {
        if (row.Id.Length == 0)
        {
            if (!DefaultFormNamesExist())
            {
                return null;
            }

            using var named = _connection.Command("SELECT src, type, dst, id FROM relationships WHERE id = $id AND id <> ''", _transaction)
                .With("$id", relationship.Id);
            return RelationshipKey.ReadFirst(named);
        }

        if (!Relationship.TryParseDefaultId(row.Id, out var from, out var type, out var to) || NodeKey(from) is not { } src || NodeKey(to) is not { } dst)
        {
            return null;
        }

        using var byEnds = _connection.Command("SELECT src, type, dst, id FROM relationships WHERE src = $src AND type = $type AND dst = $dst AND id = ''", _transaction)
            .With("$src", src).With("$type", type.ToWireName()).With("$dst", dst);
        return RelationshipKey.ReadFirst(byEnds);
    }

    /// <summary>The key of the stored relationship with <paramref name="id"/>, or null.</summary>
    private RelationshipKey? KeyOfId(string id)
    {
        _keyOfId ??= Prepare(ItemRows.RelationshipKeyOfIdSql);
        _keyOfId.Parameters.Clear();
        return RelationshipKey.ReadFirst(_keyOfId.WithRelationshipId(id));
    }

    /// <summary>The column values of a relationship row; an unknown end is refused.</summary>
    private RelationshipRow Row(Relationship relationship)
    {
        var from = NodeKey(relationship.From);
        var to = NodeKey(relationship.To);
        if (from is null || to is null)
        {
            throw UnknownReference(relationship, [relationship.From, relationship.To], id => NodeKey(id) is not null);
        }

        var isDefault = relationship.HasDefaultId();
        return new RelationshipRow(
            relationship.Type.ToWireName(),
            from.Value,
            to.Value,
            isDefault ? string.Empty : relationship.Id,
            (long)relationship.Confidence,
            ProvenanceKey(relationship.Provenance),
            ItemJsonWriter.ColumnWeight(relationship));
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
        using var command = _connection.Command(ItemRows.RelationshipOfIdSql, _transaction).WithRelationshipId(id);
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
        public static readonly string[] Columns = ["key", "id", "kind", "name", "confidence", "valid_from", "valid_to", "search", "provenance", "json"];

        public NodeCommands(GraphWriter writer)
        {
            _insert = writer.PrepareRaw(
                """
                INSERT INTO nodes (key, id, kind, name, confidence, valid_from, valid_to, search, provenance, json)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                ON CONFLICT (id) DO NOTHING
                """);
            _update = writer.PrepareRaw(
                """
                UPDATE nodes SET kind = ?3, name = ?4, confidence = ?5, valid_from = ?6, valid_to = ?7, search = ?8, provenance = ?9, json = ?10
                WHERE id = ?2 AND (kind IS NOT ?3 OR name IS NOT ?4 OR confidence IS NOT ?5
                    OR valid_from IS NOT ?6 OR valid_to IS NOT ?7 OR provenance IS NOT ?9 OR json IS NOT ?10)
                """);
            Touching = writer.Prepare(
                $"""
                SELECT {ItemRows.RelationshipIdSql} FROM {ItemRows.RelationshipTables} WHERE rs.id = $id
                UNION
                SELECT {ItemRows.RelationshipIdSql} FROM {ItemRows.RelationshipTables} WHERE rd.id = $id
                ORDER BY 1
                """);
            TouchingId = Touching.Parameter("$id");
            Delete = writer.Prepare("DELETE FROM nodes WHERE id = $id");
            DeleteId = Delete.Parameter("$id");
        }

        public SqliteCommand Touching { get; }

        public SqliteParameter TouchingId { get; }

        public SqliteCommand Delete { get; }

        public SqliteParameter DeleteId { get; }

        /// <summary>Inserts the node with <paramref name="key"/>, or updates it when any column differs; the update is only bound when the insert found the id.</summary>
        public UpsertOutcome Upsert(long key, Node node, long provenance, ItemJsonWriter json)
        {
            var body = json.NodeBodyUtf8(node);
            var search = SearchText.Build(node);
            Bind(_insert, 0, key, node, search, provenance, body);
            if (_insert.Execute() == 1)
            {
                return UpsertOutcome.Created;
            }

            Bind(_update, 0, key, node, search, provenance, body);
            return _update.Execute() == 1 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
        }

        /// <summary>Updates a stored node when any column differs; returns 1 when it did.</summary>
        public int Update(Node node, long provenance, ItemJsonWriter json)
        {
            var search = SearchText.Build(node);
            Bind(_update, 0, 0, node, search, provenance, json.NodeBodyUtf8(node));
            return _update.Execute();
        }

        /// <summary>The columns a chunk of nodes that agree on them binds once (see <see cref="BindShared"/>).</summary>
        public static readonly string[] SharedColumns = ["kind", "confidence", "valid_from", "valid_to", "provenance"];

        public static bool ShareKindConfidenceAndDates(IReadOnlyList<Node> nodes, int start, int count)
        {
            var first = nodes[start];
            for (var i = start + 1; i < start + count; i++)
            {
                var node = nodes[i];
                if (node.Kind != first.Kind || node.Confidence != first.Confidence || node.ValidFrom != first.ValidFrom || node.ValidTo != first.ValidTo
                    || !(ReferenceEquals(node.Provenance, first.Provenance) || node.Provenance.Equals(first.Provenance)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Binds <see cref="SharedColumns"/> of <paramref name="node"/> to parameters 1 to 5.</summary>
        public static void BindShared(RawStatement statement, Node node, long provenance)
        {
            statement.Bind(1, node.Kind.ToString());
            statement.Bind(2, (long)node.Confidence);
            statement.Bind(3, IsoDates.ToText(node.ValidFrom));
            statement.Bind(4, IsoDates.ToText(node.ValidTo));
            statement.Bind(5, provenance);
        }

        /// <summary>Binds the columns but <see cref="SharedColumns"/> to parameters <paramref name="offset"/> + 1 to + 5.</summary>
        public static void BindOwn(RawStatement statement, int offset, long key, Node node, string search, ReadOnlySpan<byte> body)
        {
            statement.Bind(offset + 1, key);
            statement.Bind(offset + 2, node.Id);
            statement.Bind(offset + 3, node.Name);
            statement.Bind(offset + 4, search);
            statement.BindUtf8OrNull(offset + 5, body);
        }

        /// <summary>Binds the node's columns to parameters <paramref name="offset"/> + 1 to + 10 (the update ignores the key).</summary>
        public static void Bind(RawStatement statement, int offset, long key, Node node, string search, long provenance, ReadOnlySpan<byte> body)
        {
            statement.Bind(offset + 1, key);
            statement.Bind(offset + 2, node.Id);
            statement.Bind(offset + 3, node.Kind.ToString());
            statement.Bind(offset + 4, node.Name);
            statement.Bind(offset + 5, (long)node.Confidence);
            statement.Bind(offset + 6, IsoDates.ToText(node.ValidFrom));
            statement.Bind(offset + 7, IsoDates.ToText(node.ValidTo));
            statement.Bind(offset + 8, search);
            statement.Bind(offset + 9, provenance);
            statement.BindUtf8OrNull(offset + 10, body);
        }
    }

    /// <summary>The primary key of a relationship row: rows are clustered on it (<c>WITHOUT ROWID</c>).</summary>
    private readonly record struct RelationshipKey(long Src, string Type, long Dst, string Id)
    {
        /// <summary>The key in the first row of <paramref name="command"/> (columns <c>src, type, dst, id</c>), or null.</summary>
        public static RelationshipKey? ReadFirst(SqliteCommand command)
        {
            using var reader = command.ExecuteReader();
            return reader.Read() ? new RelationshipKey(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)) : null;
        }

        /// <summary>Binds the key to parameters <paramref name="first"/> to + 3, in column order.</summary>
        public void Bind(RawStatement statement, int first)
        {
            statement.Bind(first, Src);
            statement.Bind(first + 1, Type);
            statement.Bind(first + 2, Dst);
            statement.Bind(first + 3, Id);
        }
    }

    /// <summary>The stored columns of a relationship row but its body: node keys, '' for a default id, a provenance key, a float weight.</summary>
    private readonly record struct RelationshipRow(string Type, long From, long To, string Id, long Confidence, long Provenance, double? Weight)
    {
        /// <summary>A stored id of the default form that is not this row's own: the relationship's ends moved.</summary>
        public bool KeepsMovedDefaultId => Id.Length > 0 && Relationship.TryParseDefaultId(Id, out _, out _, out _);
    }

    /// <summary>The relationship statements: an insert and two updates (by ends for a default id, by id otherwise) on the native handle, and the delete.</summary>
    private sealed class RelationshipCommands
    {
        private readonly RawStatement _insert;
        private readonly RawStatement _updateByEnds;
        private readonly RawStatement _updateById;
        private readonly RawStatement _updateByKey;
        private readonly RawStatement _delete;

        /// <summary>The columns the statements bind, in parameter order.</summary>
        public static readonly string[] Columns = ["type", "src", "dst", "id", "confidence", "provenance", "weight", "json"];

        public RelationshipCommands(GraphWriter writer)
        {
            _insert = writer.PrepareRaw(
                "INSERT INTO relationships (type, src, dst, id, confidence, provenance, weight, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING");
            _updateByEnds = writer.PrepareRaw(
                """
                UPDATE relationships SET confidence = ?5, provenance = ?6, weight = ?7, json = ?8
                WHERE src = ?2 AND type = ?1 AND dst = ?3 AND id = ?4 AND (confidence IS NOT ?5 OR provenance IS NOT ?6 OR weight IS NOT ?7 OR json IS NOT ?8)
                """);
            _updateById = writer.PrepareRaw(
                """
                UPDATE relationships SET type = ?1, src = ?2, dst = ?3, confidence = ?5, provenance = ?6, weight = ?7, json = ?8
                WHERE id = ?4 AND (type IS NOT ?1 OR src IS NOT ?2 OR dst IS NOT ?3 OR confidence IS NOT ?5 OR provenance IS NOT ?6
                    OR weight IS NOT ?7 OR json IS NOT ?8)
                """);
            _updateByKey = writer.PrepareRaw(
                """
                UPDATE relationships SET type = ?1, src = ?2, dst = ?3, id = ?4, confidence = ?5, provenance = ?6, weight = ?7, json = ?8
                WHERE src = ?9 AND type = ?10 AND dst = ?11 AND id = ?12 AND (type IS NOT ?1 OR src IS NOT ?2 OR dst IS NOT ?3 OR id IS NOT ?4 OR confidence IS NOT ?5 OR provenance IS NOT ?6
                    OR weight IS NOT ?7 OR json IS NOT ?8)
                """);
            _delete = writer.PrepareRaw("DELETE FROM relationships WHERE src = ?1 AND type = ?2 AND dst = ?3 AND id = ?4");
        }

        /// <summary>Deletes the row with <paramref name="key"/>; returns 1 when there was one.</summary>
        public int Delete(RelationshipKey key)
        {
            key.Bind(_delete, 1);
            return _delete.Execute();
        }

        public UpsertOutcome Upsert(Relationship relationship, RelationshipRow row, ItemJsonWriter json) =>
            Upsert(row, json.RelationshipBodyUtf8(relationship));

        /// <summary>Inserts the row, or updates the stored one when any column differs.</summary>
        public UpsertOutcome Upsert(RelationshipRow row, ReadOnlySpan<byte> body)
        {
            Bind(_insert, 0, row, body);
            if (_insert.Execute() == 1)
            {
                return UpsertOutcome.Created;
            }

            var update = UpdateFor(row);
            Bind(update, 0, row, body);
            return update.Execute() == 1 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
        }

        /// <summary>Rewrites the row with <paramref name="key"/>, which holds the relationship's id in the other form.</summary>
        public UpsertOutcome UpdateByKey(RelationshipKey key, Relationship relationship, RelationshipRow row, ItemJsonWriter json)
        {
            Bind(_updateByKey, 0, row, json.RelationshipBodyUtf8(relationship));
            key.Bind(_updateByKey, 9);
            return _updateByKey.Execute() == 1 ? UpsertOutcome.Updated : UpsertOutcome.Unchanged;
        }

        /// <summary>Updates a stored relationship when any column differs; returns 1 when it did.</summary>
        public int Update(Relationship relationship, RelationshipRow row, ItemJsonWriter json) => Update(row, json.RelationshipBodyUtf8(relationship));

        /// <summary>Updates the stored row when any column differs; returns 1 when it did.</summary>
        public int Update(RelationshipRow row, ReadOnlySpan<byte> body)
        {
            var update = UpdateFor(row);
            Bind(update, 0, row, body);
            return update.Execute();
        }

        /// <summary>The columns a chunk of rows that agree on them binds once (see <see cref="BindShared"/>).</summary>
        public static readonly string[] SharedColumns = ["type", "id", "confidence", "provenance"];

        /// <summary>An edge-list chunk's shared columns: edge rows have no body, so json is shared and, never bound, NULL.</summary>
        public static readonly string[] EdgeSharedColumns = [.. SharedColumns, "json"];

        /// <summary>Binds the row to parameters <paramref name="offset"/> + 1 to + 8; an empty body is stored as NULL.</summary>
        public static void Bind(RawStatement statement, int offset, RelationshipRow row, ReadOnlySpan<byte> body)
        {
            statement.Bind(offset + 1, row.Type);
            statement.Bind(offset + 2, row.From);
            statement.Bind(offset + 3, row.To);
            statement.Bind(offset + 4, row.Id);
            statement.Bind(offset + 5, row.Confidence);
            statement.Bind(offset + 6, row.Provenance);
            statement.Bind(offset + 7, row.Weight);
            statement.BindUtf8OrNull(offset + 8, body);
        }

        /// <summary>Binds <see cref="SharedColumns"/> of <paramref name="row"/> to parameters 1 to 4.</summary>
        public static void BindShared(RawStatement statement, RelationshipRow row)
        {
            statement.Bind(1, row.Type);
            statement.Bind(2, row.Id);
            statement.Bind(3, row.Confidence);
            statement.Bind(4, row.Provenance);
        }

        /// <summary>Binds the columns but <see cref="SharedColumns"/> (ends, weight, body) to parameters <paramref name="offset"/> + 1 to + 4.</summary>
        public static void BindOwn(RawStatement statement, int offset, RelationshipRow row, ReadOnlySpan<byte> body)
        {
            statement.Bind(offset + 1, row.From);
            statement.Bind(offset + 2, row.To);
            statement.Bind(offset + 3, row.Weight);
            statement.BindUtf8OrNull(offset + 4, body);
        }

        private RawStatement UpdateFor(RelationshipRow row) => row.Id.Length == 0 ? _updateByEnds : _updateById;
    }
}
