using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>The column lists of nodes and relationships and how to read an item from a row that starts with them.</summary>
internal static class ItemRows
{
    /// <summary>
    /// Node columns of alias <c>n</c>, its shared provenance row included; <see cref="ReadNode"/> reads them from the
    /// start of a row.
    /// </summary>
    public const string NodeColumns =
        "n.id, n.kind, n.name, n.confidence, n.valid_from, n.valid_to, (SELECT np.json FROM provenance np WHERE np.key = n.provenance), n.json";

    public const int NodeColumnCount = 8;

    /// <summary>The node columns of schema versions 1 to 3 (provenance inside <c>json</c>), for the migrations only.</summary>
    public const string Version3NodeColumns = "n.id, n.kind, n.name, n.confidence, n.valid_from, n.valid_to, n.json";

    public const int Version3NodeColumnCount = 7;

    /// <summary>
    /// Relationship columns of <see cref="RelationshipTables"/>; <see cref="ReadRelationship"/> reads them from the start
    /// of a row. Rows keep node keys and a shared provenance key: the joins give back the ids and the provenance.
    /// </summary>
    public const string RelationshipColumns = "r.id, r.type, rs.id, rd.id, r.confidence, rp.json, r.weight, r.json";

    public const int RelationshipColumnCount = 8;

    /// <summary>Relationships (alias <c>r</c>) joined to their end nodes and provenance.</summary>
    public const string RelationshipTables =
        "relationships r JOIN nodes rs ON rs.key = r.src JOIN nodes rd ON rd.key = r.dst JOIN provenance rp ON rp.key = r.provenance";

    /// <summary>
    /// The relationship's id in SQL over <see cref="RelationshipTables"/>: a stored id is empty when it is
    /// <see cref="Relationship.DefaultId"/>, which is built from the ends and type instead.
    /// </summary>
    public const string RelationshipIdSql = "(CASE r.id WHEN '' THEN rs.id || '--' || r.type || '->' || rd.id ELSE r.id END)";

    /// <summary>
    /// The key (<c>src, type, dst, id</c>: relationship rows are clustered on it) of the relationship with id <c>$rid</c>,
    /// using an index either way; bind with <see cref="WithRelationshipId"/>.
    /// </summary>
    public const string RelationshipKeyOfIdSql =
        """
        SELECT src, type, dst, id FROM relationships WHERE id = $rid AND id <> ''
        UNION ALL
        SELECT src, type, dst, id FROM relationships
        WHERE src = (SELECT key FROM nodes WHERE id = $rfrom) AND type = $rtype AND dst = (SELECT key FROM nodes WHERE id = $rto) AND id = ''
        """;

    /// <summary>
    /// <see cref="RelationshipColumns"/> of the relationship with id <c>$rid</c> (bind with <see cref="WithRelationshipId"/>).
    /// CROSS JOIN fixes the order: the key first, looked up in the primary key (left to choose, SQLite went through the
    /// <c>(dst, type)</c> index, which holds the key too, and then to the row), then the ends and provenance.
    /// </summary>
    public const string RelationshipOfIdSql =
        $"SELECT {RelationshipColumns} FROM ({RelationshipKeyOfIdSql}) k " +
        "CROSS JOIN relationships r ON r.src = k.src AND r.type = k.type AND r.dst = k.dst AND r.id = k.id " +
        "CROSS JOIN nodes rs ON rs.key = r.src CROSS JOIN nodes rd ON rd.key = r.dst CROSS JOIN provenance rp ON rp.key = r.provenance";

    /// <summary>The keys of the nodes whose ids the JSON array in <paramref name="idsParameter"/> lists.</summary>
    public static string NodeKeysOfIdsSql(string idsParameter) => $"SELECT key FROM nodes WHERE id IN (SELECT value FROM json_each({idsParameter}))";

    public static Node ReadNode(SqliteDataReader reader) =>
        ItemJsonReader.ReadNode(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetInt64(3),
            reader.GetNullableString(4),
            reader.GetNullableString(5),
            reader.GetString(6),
            reader.GetNullableString(7));

    /// <summary>Reads <see cref="Version3NodeColumns"/> (migrations only).</summary>
    public static Node ReadVersion3Node(SqliteDataReader reader) =>
        ItemJsonReader.ReadVersion3Node(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetInt64(3),
            reader.GetNullableString(4),
            reader.GetNullableString(5),
            reader.GetString(6));

    public static Relationship ReadRelationship(SqliteDataReader reader) =>
        ItemJsonReader.ReadRelationship(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetInt64(4),
            reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetDouble(6),
            reader.GetNullableString(7));

    /// <summary>Binds the parameters of <see cref="RelationshipKeyOfIdSql"/> for <paramref name="id"/>.</summary>
    public static SqliteCommand WithRelationshipId(this SqliteCommand command, string id)
    {
        var parsed = Relationship.TryParseDefaultId(id, out var from, out var type, out var to);
        return command.With("$rid", id)
            .With("$rfrom", parsed ? from : null)
            .With("$rtype", parsed ? type.ToWireName() : null)
            .With("$rto", parsed ? to : null);
    }
}
