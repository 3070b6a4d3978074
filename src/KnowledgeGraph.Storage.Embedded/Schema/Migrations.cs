using KnowledgeGraph.Storage.Embedded.Serialization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Schema;

/// <summary>The ordered schema history of the embedded store.</summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "nodes, relationships and the revision counter", (c, t) => c.Execute(
            """
            CREATE TABLE meta (
                key   TEXT NOT NULL PRIMARY KEY,
                value INTEGER NOT NULL
            );
            INSERT INTO meta (key, value) VALUES ('revision', 0);
            CREATE TABLE nodes (
                id         TEXT NOT NULL PRIMARY KEY,
                kind       TEXT NOT NULL,
                name       TEXT NOT NULL,
                confidence INTEGER NOT NULL,
                valid_from TEXT,
                valid_to   TEXT,
                json       TEXT NOT NULL
            );
            CREATE INDEX ix_nodes_kind_name ON nodes (kind, name);
            CREATE TABLE relationships (
                id   TEXT NOT NULL PRIMARY KEY,
                type TEXT NOT NULL,
                src  TEXT NOT NULL REFERENCES nodes (id),
                dst  TEXT NOT NULL REFERENCES nodes (id),
                json TEXT NOT NULL
            );
            CREATE INDEX ix_relationships_src ON relationships (src, type);
            CREATE INDEX ix_relationships_dst ON relationships (dst, type);
            """,
            t)),
        new(2, "audit log", (c, t) => c.Execute(
            """
            CREATE TABLE audit_log (
                seq       INTEGER PRIMARY KEY AUTOINCREMENT,
                at_ms     INTEGER NOT NULL,
                actor     TEXT NOT NULL,
                operation TEXT NOT NULL,
                item_kind TEXT NOT NULL,
                item_id   TEXT NOT NULL,
                before    TEXT,
                after     TEXT
            );
            CREATE INDEX ix_audit_log_item ON audit_log (item_id, seq);
            CREATE INDEX ix_audit_log_actor ON audit_log (actor, seq);
            """,
            t)),
        new(3, "folded search text of names, aliases and acronyms", AddSearchText),
    ];

    public static int LatestVersion => All[^1].Version;

    /// <summary>Adds and backfills <c>nodes.search</c>; it reads rows through <see cref="ItemRows"/>, whose node columns all exist since version 1.</summary>
    private static void AddSearchText(SqliteConnection connection, SqliteTransaction transaction)
    {
        connection.Execute("ALTER TABLE nodes ADD COLUMN search TEXT NOT NULL DEFAULT ''", transaction);
        using var update = connection.Command("UPDATE nodes SET search = $search WHERE id = $id", transaction);
        var id = update.Parameter("$id");
        var search = update.Parameter("$search");
        using var select = connection.Command($"SELECT {ItemRows.NodeColumns} FROM nodes n", transaction);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var node = ItemRows.ReadNode(reader);
            id.Value = node.Id;
            search.Value = SearchText.Build(node);
            update.ExecuteNonQuery();
        }
    }
}
