namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>A Cypher ZONED TIME (typed-JSON <c>Time</c>): a time of day with a UTC offset.</summary>
internal sealed record Neo4jTime(TimeOnly Time, TimeSpan Offset);
