namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>A Cypher ZONED DATETIME with a named zone, sent as <c>OffsetDateTime</c> text with a <c>[Zone/Id]</c> suffix.</summary>
internal sealed record Neo4jZonedDateTime(DateTimeOffset Value, string Zone);
