using KnowledgeGraph.Core.Model;
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
        new(4, "integer node keys; relationships by node key with shared provenance, a weight column and a body only when needed", KeyRelationshipsByNode),
        new(5, "relationships clustered on (src, type, dst, id): WITHOUT ROWID, no separate index to keep up on every write", (c, t) => c.Execute(
            """
            CREATE TABLE relationships_v5 (
                type       TEXT NOT NULL,
                src        INTEGER NOT NULL REFERENCES nodes (key),
                dst        INTEGER NOT NULL REFERENCES nodes (key),
                id         TEXT NOT NULL,
                confidence INTEGER NOT NULL,
                provenance INTEGER NOT NULL REFERENCES provenance (key),
                weight     REAL,
                json       TEXT,
                PRIMARY KEY (src, type, dst, id)
            ) WITHOUT ROWID;
            INSERT INTO relationships_v5 (type, src, dst, id, confidence, provenance, weight, json)
            SELECT type, src, dst, id, confidence, provenance, weight, json FROM relationships ORDER BY src, type, dst, id;
            DROP TABLE relationships;
            ALTER TABLE relationships_v5 RENAME TO relationships;
            CREATE INDEX ix_relationships_dst ON relationships (dst, type);
            CREATE UNIQUE INDEX ux_relationships_id ON relationships (id) WHERE id <> '';
            """,
            t)),
    ];

    public static int LatestVersion => All[^1].Version;

    /// <summary>Adds and backfills <c>nodes.search</c>, reading rows as versions 1 to 3 stored them.</summary>
    private static void AddSearchText(SqliteConnection connection, SqliteTransaction transaction)
    {
        connection.Execute("ALTER TABLE nodes ADD COLUMN search TEXT NOT NULL DEFAULT ''", transaction);
        using var update = connection.Command("UPDATE nodes SET search = $search WHERE id = $id", transaction);
        var id = update.Parameter("$id");
        var search = update.Parameter("$search");
        using var select = connection.Command($"SELECT {ItemRows.Version3NodeColumns} FROM nodes n", transaction);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var node = ItemRows.ReadVersion3Node(reader);
            id.Value = node.Id;
            search.Value = SearchText.Build(node);
            update.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Rebuilds nodes with an integer key and a shared provenance row, and relationships that refer to node keys, keep an empty id when it is the
    /// default one, share provenance rows, keep a float weight in a column and have no body when nothing is left for it
    /// (ADR-010 addendum): an edge-list row shrinks from ~180 to ~35 bytes, which is what makes bulk loads fast. Every item is read and written again
    /// through the serialisers so that stored text is exactly what a write of the same item stores now.
    /// </summary>
    private static void KeyRelationshipsByNode(SqliteConnection connection, SqliteTransaction transaction)
    {
        connection.Execute(
            """
            CREATE TABLE provenance (
                key  INTEGER PRIMARY KEY,
                json TEXT NOT NULL UNIQUE
            );
            CREATE TABLE nodes_v4 (
                key        INTEGER PRIMARY KEY,
                id         TEXT NOT NULL UNIQUE,
                kind       TEXT NOT NULL,
                name       TEXT NOT NULL,
                confidence INTEGER NOT NULL,
                valid_from TEXT,
                valid_to   TEXT,
                search     TEXT NOT NULL DEFAULT '',
                provenance INTEGER NOT NULL REFERENCES provenance (key),
                json       TEXT
            );
            CREATE TABLE relationships_v4 (
                key        INTEGER PRIMARY KEY,
                type       TEXT NOT NULL,
                src        INTEGER NOT NULL REFERENCES nodes_v4 (key),
                dst        INTEGER NOT NULL REFERENCES nodes_v4 (key),
                id         TEXT NOT NULL,
                confidence INTEGER NOT NULL,
                provenance INTEGER NOT NULL REFERENCES provenance (key),
                weight     REAL,
                json       TEXT
            );
            """,
            transaction);

        using var json = new ItemJsonWriter();
        var provenanceKeys = new Dictionary<string, long>(StringComparer.Ordinal);
        using var addProvenance = connection.Command("INSERT INTO provenance (json) VALUES ($json) RETURNING key", transaction);
        var provenanceJson = addProvenance.Parameter("$json");
        long ProvenanceKey(Provenance provenance)
        {
            var text = System.Text.Encoding.UTF8.GetString(json.ProvenanceUtf8(provenance));
            if (!provenanceKeys.TryGetValue(text, out var key))
            {
                provenanceJson.Value = text;
                key = Convert.ToInt64(addProvenance.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                provenanceKeys[text] = key;
            }

            return key;
        }

        using (var insert = connection.Command(
            """
            INSERT INTO nodes_v4 (id, kind, name, confidence, valid_from, valid_to, search, provenance, json)
            VALUES ($id, $kind, $name, $confidence, $from, $to, $search, $provenance, $json)
            """,
            transaction))
        using (var select = connection.Command($"SELECT {ItemRows.Version3NodeColumns}, n.search FROM nodes n ORDER BY n.id", transaction))
        using (var reader = select.ExecuteReader())
        {
            var parameters = new[] { "$id", "$kind", "$name", "$confidence", "$from", "$to", "$search", "$provenance", "$json" }.Select(insert.Parameter).ToArray();
            while (reader.Read())
            {
                var node = ItemRows.ReadVersion3Node(reader);
                for (var i = 0; i < 6; i++)
                {
                    parameters[i].Value = reader.GetValue(i);
                }

                parameters[6].Value = reader.GetValue(ItemRows.Version3NodeColumnCount);
                parameters[7].Value = ProvenanceKey(node.Provenance);
                var body = json.NodeBodyUtf8(node);
                parameters[8].Value = body.IsEmpty ? DBNull.Value : System.Text.Encoding.UTF8.GetString(body);
                insert.ExecuteNonQuery();
            }
        }

        using (var insert = connection.Command(
            """
            INSERT INTO relationships_v4 (type, src, dst, id, confidence, provenance, weight, json)
            VALUES ($type, (SELECT key FROM nodes_v4 WHERE id = $src), (SELECT key FROM nodes_v4 WHERE id = $dst), $id, $confidence, $provenance, $weight, $json)
            """,
            transaction))
        using (var select = connection.Command("SELECT id, type, src, dst, json FROM relationships ORDER BY id", transaction))
        using (var reader = select.ExecuteReader())
        {
            var parameters = new[] { "$type", "$src", "$dst", "$id", "$confidence", "$provenance", "$weight", "$json" }.Select(insert.Parameter).ToArray();
            while (reader.Read())
            {
                var relationship = ItemJsonReader.ReadVersion3Relationship(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
                var key = ProvenanceKey(relationship.Provenance);
                var body = json.RelationshipBodyUtf8(relationship);
                parameters[0].Value = relationship.Type.ToWireName();
                parameters[1].Value = relationship.From;
                parameters[2].Value = relationship.To;
                parameters[3].Value = relationship.HasDefaultId() ? string.Empty : relationship.Id;
                parameters[4].Value = (long)relationship.Confidence;
                parameters[5].Value = key;
                parameters[6].Value = ItemJsonWriter.ColumnWeight(relationship) is { } weight ? weight : DBNull.Value;
                parameters[7].Value = body.IsEmpty ? DBNull.Value : System.Text.Encoding.UTF8.GetString(body);
                insert.ExecuteNonQuery();
            }
        }

        connection.Execute(
            """
            DROP TABLE relationships;
            DROP TABLE nodes;
            ALTER TABLE nodes_v4 RENAME TO nodes;
            ALTER TABLE relationships_v4 RENAME TO relationships;
            CREATE INDEX ix_nodes_kind_name ON nodes (kind, name);
            CREATE UNIQUE INDEX ix_relationships_src ON relationships (src, type, dst, id);
            CREATE INDEX ix_relationships_dst ON relationships (dst, type);
            CREATE UNIQUE INDEX ux_relationships_id ON relationships (id) WHERE id <> '';
            """,
            transaction);
    }
}
