namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>A relationship as the Query API returns it (typed-JSON <c>Relationship</c>).</summary>
internal sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
