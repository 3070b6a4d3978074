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

    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly AuditContext? _audit;
    private readonly long _atMilliseconds;
    private readonly ItemJsonWriter _json = new();
    private readonly List<SqliteCommand> _commands = [];

    private NodeCommands? _nodeCommands;
    private RelationshipCommands? _relationshipCommands;
    private SqliteCommand? _auditInsert;

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
        commands.Bind(node, _json);
        if (commands.Insert.ExecuteNonQuery() == 1)
        {
            Counts.NodesCreated++;
            Audit(NodeItemKind, node.Id, null, _audit is null ? null : _json.NodeDocument(node));
        }
        else if (commands.Update.ExecuteNonQuery() == 1)
        {
            Counts.NodesUpdated++;
            Audit(NodeItemKind, node.Id, before is null ? null : _json.NodeDocument(before), _audit is null ? null : _json.NodeDocument(node));
        }
        else
        {
            Counts.NodesUnchanged++;
        }
    }

    public void UpsertRelationship(Relationship relationship)
    {
        var commands = _relationshipCommands ??= new RelationshipCommands(this);
        var before = _audit is null ? null : FindRelationship(relationship.Id);
        commands.Bind(relationship, _json);
        try
        {
            if (commands.Insert.ExecuteNonQuery() == 1)
            {
                Counts.RelationshipsCreated++;
                Audit(RelationshipItemKind, relationship.Id, null, _audit is null ? null : _json.RelationshipDocument(relationship));
            }
            else if (commands.Update.ExecuteNonQuery() == 1)
            {
                Counts.RelationshipsUpdated++;
                Audit(
                    RelationshipItemKind,
                    relationship.Id,
                    before is null ? null : _json.RelationshipDocument(before),
                    _audit is null ? null : _json.RelationshipDocument(relationship));
            }
            else
            {
                Counts.RelationshipsUnchanged++;
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && e.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
        {
            var missing = new[] { relationship.From, relationship.To }.Where(id => FindNode(id) is null).Distinct().ToList();
            throw new GraphStoreException(
                GraphStoreCodes.UnknownReference,
                $"Relationship '{relationship.Id}' ({relationship.Type.ToWireName()}) refers to unknown node(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}.",
                relationship.Id,
                e);
        }
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

        _json.Dispose();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.Command(sql, _transaction);
        _commands.Add(command);
        return command;
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

    /// <summary>The prepared node statements and their parameters.</summary>
    private sealed class NodeCommands
    {
        private readonly SqliteParameter[] _values;

        public NodeCommands(GraphWriter writer)
        {
            Insert = writer.Prepare(
                """
                INSERT INTO nodes (id, kind, name, confidence, valid_from, valid_to, search, json)
                VALUES ($id, $kind, $name, $confidence, $validFrom, $validTo, $search, $json)
                ON CONFLICT (id) DO NOTHING
                """);
            Update = writer.Prepare(
                """
                UPDATE nodes SET kind = $kind, name = $name, confidence = $confidence, valid_from = $validFrom,
                    valid_to = $validTo, search = $search, json = $json
                WHERE id = $id AND (kind IS NOT $kind OR name IS NOT $name OR confidence IS NOT $confidence
                    OR valid_from IS NOT $validFrom OR valid_to IS NOT $validTo OR json IS NOT $json)
                """);
            string[] names = ["$id", "$kind", "$name", "$confidence", "$validFrom", "$validTo", "$search", "$json"];
            _values = new SqliteParameter[names.Length * 2];
            for (var i = 0; i < names.Length; i++)
            {
                _values[i] = Insert.Parameter(names[i]);
                _values[names.Length + i] = Update.Parameter(names[i]);
            }

            Touching = writer.Prepare("SELECT id FROM relationships WHERE src = $id UNION SELECT id FROM relationships WHERE dst = $id ORDER BY 1");
            TouchingId = Touching.Parameter("$id");
            Delete = writer.Prepare("DELETE FROM nodes WHERE id = $id");
            DeleteId = Delete.Parameter("$id");
        }

        public SqliteCommand Insert { get; }

        public SqliteCommand Update { get; }

        public SqliteCommand Touching { get; }

        public SqliteParameter TouchingId { get; }

        public SqliteCommand Delete { get; }

        public SqliteParameter DeleteId { get; }

        public void Bind(Node node, ItemJsonWriter json)
        {
            object?[] row =
            [
                node.Id,
                node.Kind.ToString(),
                node.Name,
                (long)node.Confidence,
                IsoDates.ToText(node.ValidFrom),
                IsoDates.ToText(node.ValidTo),
                SearchText.Build(node),
                json.NodeBody(node),
            ];
            for (var i = 0; i < _values.Length; i++)
            {
                _values[i].Value = row[i % row.Length] ?? DBNull.Value;
            }
        }
    }

    /// <summary>The prepared relationship statements and their parameters.</summary>
    private sealed class RelationshipCommands
    {
        private readonly SqliteParameter[] _values;

        public RelationshipCommands(GraphWriter writer)
        {
            Insert = writer.Prepare(
                """
                INSERT INTO relationships (id, type, src, dst, json) VALUES ($id, $type, $src, $dst, $json)
                ON CONFLICT (id) DO NOTHING
                """);
            Update = writer.Prepare(
                """
                UPDATE relationships SET type = $type, src = $src, dst = $dst, json = $json
                WHERE id = $id AND (type IS NOT $type OR src IS NOT $src OR dst IS NOT $dst OR json IS NOT $json)
                """);
            string[] names = ["$id", "$type", "$src", "$dst", "$json"];
            _values = new SqliteParameter[names.Length * 2];
            for (var i = 0; i < names.Length; i++)
            {
                _values[i] = Insert.Parameter(names[i]);
                _values[names.Length + i] = Update.Parameter(names[i]);
            }

            Delete = writer.Prepare("DELETE FROM relationships WHERE id = $id");
            DeleteId = Delete.Parameter("$id");
        }

        public SqliteCommand Insert { get; }

        public SqliteCommand Update { get; }

        public SqliteCommand Delete { get; }

        public SqliteParameter DeleteId { get; }

        public void Bind(Relationship relationship, ItemJsonWriter json)
        {
            object[] row = [relationship.Id, relationship.Type.ToWireName(), relationship.From, relationship.To, json.RelationshipBody(relationship)];
            for (var i = 0; i < _values.Length; i++)
            {
                _values[i].Value = row[i % row.Length];
            }
        }
    }
}
