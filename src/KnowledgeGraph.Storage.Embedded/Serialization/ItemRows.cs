using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>The column lists of nodes and relationships and how to read an item from a row that starts with them.</summary>
internal static class ItemRows
{
    /// <summary>Node columns of alias <c>n</c>; <see cref="ReadNode"/> reads them from the start of a row.</summary>
    public const string NodeColumns = "n.id, n.kind, n.name, n.confidence, n.valid_from, n.valid_to, n.json";

    public const int NodeColumnCount = 7;

    /// <summary>Relationship columns of alias <c>r</c>; <see cref="ReadRelationship"/> reads them from the start of a row.</summary>
    public const string RelationshipColumns = "r.id, r.type, r.src, r.dst, r.json";

    public static Node ReadNode(SqliteDataReader reader) =>
        ItemJsonReader.ReadNode(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetInt64(3),
            reader.GetNullableString(4),
            reader.GetNullableString(5),
            reader.GetString(6));

    public static Relationship ReadRelationship(SqliteDataReader reader) =>
        ItemJsonReader.ReadRelationship(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
}
