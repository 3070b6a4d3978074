using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Every statement the store sends, in one place: a fixed, finite set of shapes. The only text that varies is
/// (1) labels and relationship types, taken from Core's <see cref="NodeKind"/> / <see cref="RelationshipType"/> enums and
/// nothing else, and (2) the WHERE predicate and ORDER BY list of node queries, built by <see cref="NodeQueryBuilder"/>
/// from a small grammar whose every value and property name is a parameter. Values never appear in statement text.
/// The test fake maps each of these shapes to an in-memory implementation.
/// </summary>
internal static class CypherStatements
{
    public const string RevisionKey = "revision";
    public const string AuditSequenceKey = "audit";

    public const string Ping = "RETURN 1 AS ok";

    public const string ReadCounter = "OPTIONAL MATCH (c:KgCounter {key: $key}) RETURN coalesce(c.value, 0) AS value";

    /// <summary>
    /// Adds <c>$by</c> to a counter (revision, audit sequence) and returns it. With <c>$by = 0</c> it is the first statement
    /// of every write transaction: SET takes the counter's write lock, so concurrent writers are serialised.
    /// </summary>
    public const string BumpCounter = "MERGE (c:KgCounter {key: $key}) ON CREATE SET c.value = 0 SET c.value = c.value + $by RETURN c.value AS value";

    public const string NodesByIds = "MATCH (n:KgNode) WHERE n.id IN $ids RETURN n ORDER BY n.id";

    public const string ExistingNodeIds = "MATCH (n:KgNode) WHERE n.id IN $ids RETURN n.id AS id";

    public const string AllNodesPage = "MATCH (n:KgNode) WHERE $after IS NULL OR n.id > $after RETURN n ORDER BY n.id LIMIT $limit";

    public const string Search =
        "MATCH (n:KgNode) WHERE $kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds) " +
        "WITH n, [t IN n.kg_search WHERE t CONTAINS $text] AS hits WHERE size(hits) > 0 " +
        "WITH n, CASE WHEN $text IN hits THEN 0 WHEN any(t IN hits WHERE t STARTS WITH $text) THEN 1 ELSE 2 END AS rank " +
        "RETURN n ORDER BY rank, n.name, n.id LIMIT $limit";

    public const string RelationshipById = "MATCH (a:KgNode)-[r]->(b:KgNode) WHERE r.id = $id RETURN r, a.id AS from, b.id AS to";

    public const string RelationshipsByIds = "MATCH (a:KgNode)-[r]->(b:KgNode) WHERE r.id IN $ids RETURN r, a.id AS from, b.id AS to ORDER BY r.id";

    public const string RelationshipsTouching =
        "MATCH (a:KgNode)-[r]->(b:KgNode) WHERE (($outgoing AND a.id IN $ids) OR ($incoming AND b.id IN $ids)) " +
        "AND ($types IS NULL OR type(r) IN $types) RETURN r, a.id AS from, b.id AS to ORDER BY r.id";

    public const string RelationshipsAmong =
        "MATCH (a:KgNode)-[r]->(b:KgNode) WHERE a.id IN $ids AND b.id IN $ids " +
        "AND ($types IS NULL OR type(r) IN $types) RETURN r, a.id AS from, b.id AS to ORDER BY r.id";

    public const string AllRelationshipsPage =
        "MATCH (a:KgNode)-[r]->(b:KgNode) WHERE $after IS NULL OR r.id > $after RETURN r, a.id AS from, b.id AS to ORDER BY r.id LIMIT $limit";

    public const string NodeCounts = "MATCH (n:KgNode) UNWIND labels(n) AS label WITH label WHERE label IN $kinds RETURN label, count(*) AS count";

    public const string RelationshipCounts = "MATCH (:KgNode)-[r]->(:KgNode) RETURN type(r) AS type, count(*) AS count";

    public const string DeleteRelationships = "MATCH (:KgNode)-[r]->(:KgNode) WHERE r.id IN $ids DELETE r";

    public const string DeleteNodes = "MATCH (n:KgNode) WHERE n.id IN $ids DETACH DELETE n";

    public const string AppendAudit = "UNWIND $rows AS row CREATE (a:KgAudit) SET a = row";

    public const string AuditLog =
        "MATCH (a:KgAudit) WHERE ($actor IS NULL OR a.actor = $actor) AND ($itemId IS NULL OR a.itemId = $itemId) " +
        "AND ($since IS NULL OR a.at >= $since) RETURN a ORDER BY a.sequence DESC LIMIT $limit";

    /// <summary>Schema statements of <c>InitializeAsync</c>; each is idempotent (<c>IF NOT EXISTS</c>) and runs on its own.</summary>
    public static IReadOnlyList<string> Constraints { get; } = BuildConstraints();

    /// <summary>All statements of fixed text (the test fake checks that it knows each one).</summary>
    public static IReadOnlyList<string> Fixed { get; } =
    [
        Ping, ReadCounter, BumpCounter, NodesByIds, ExistingNodeIds, AllNodesPage, Search, RelationshipById,
        RelationshipsByIds, RelationshipsTouching, RelationshipsAmong, AllRelationshipsPage, NodeCounts, RelationshipCounts,
        DeleteRelationships, DeleteNodes, AppendAudit, AuditLog,
    ];

    /// <summary>The node label of a kind, only from the enum (an undefined value is refused).</summary>
    public static string Label(NodeKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a node kind.");

    /// <summary>The relationship type name, only from the enum's wire names.</summary>
    public static string TypeName(RelationshipType type) =>
        Enum.IsDefined(type) ? type.ToWireName() : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relationship type.");

    /// <summary>Batched upsert of nodes of one kind: replaces the stored properties whole and moves the node to this kind's label.</summary>
    public static string UpsertNodes(NodeKind kind)
    {
        var others = string.Concat(NodeKinds.All.Where(k => k != kind).Select(k => ":" + Label(k)));
        return $"UNWIND $rows AS row MERGE (n:{StoredKeys.NodeLabel} {{id: row.id}}) SET n = row.props REMOVE n{others} SET n:{Label(kind)}";
    }

    /// <summary>Batched upsert of relationships of one type between existing nodes, keyed by relationship id.</summary>
    public static string UpsertRelationships(RelationshipType type) =>
        $"UNWIND $rows AS row MATCH (a:{StoredKeys.NodeLabel} {{id: row.from}}) MATCH (b:{StoredKeys.NodeLabel} {{id: row.to}}) " +
        $"MERGE (a)-[r:{TypeName(type)} {{id: row.id}}]->(b) SET r = row.props";

    /// <summary><c>MATCH</c> of a node query; the kind becomes a label (from the enum) so Neo4j can use its index.</summary>
    public static string MatchNodes(NodeKind? kind) =>
        kind is { } k ? $"MATCH (n:{StoredKeys.NodeLabel}:{Label(k)})" : $"MATCH (n:{StoredKeys.NodeLabel})";

    public static string QueryNodes(NodeKind? kind, string predicate, string orderBy) =>
        $"{MatchNodes(kind)} WHERE {predicate} RETURN n ORDER BY {orderBy} LIMIT $limit";

    public static string CountNodes(NodeKind? kind, string predicate) =>
        $"{MatchNodes(kind)} WHERE {predicate} RETURN count(n) AS total";

    private static List<string> BuildConstraints()
    {
        var list = new List<string>
        {
            $"CREATE CONSTRAINT kg_node_id IF NOT EXISTS FOR (n:{StoredKeys.NodeLabel}) REQUIRE n.id IS UNIQUE",
        };
        list.AddRange(NodeKinds.All.Select(k =>
            $"CREATE CONSTRAINT kg_{Label(k).ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{Label(k)}) REQUIRE n.id IS UNIQUE"));
        list.AddRange(RelationshipTypes.All.Select(t =>
            $"CREATE CONSTRAINT kg_{TypeName(t).ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{TypeName(t)}]-() REQUIRE r.id IS UNIQUE"));
        list.Add("CREATE CONSTRAINT kg_counter_key IF NOT EXISTS FOR (c:KgCounter) REQUIRE c.key IS UNIQUE");
        list.Add("CREATE CONSTRAINT kg_audit_sequence IF NOT EXISTS FOR (a:KgAudit) REQUIRE a.sequence IS UNIQUE");
        return list;
    }
}
