namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>A node as the Query API returns it (typed-JSON <c>Node</c>).</summary>
internal sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
