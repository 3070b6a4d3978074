namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>One effective sort key of a node query: the stored property it reads and its direction.</summary>
internal sealed record SortKey(string StoredKey, bool Descending)
{
    public bool IsId => StoredKey == Mapping.StoredKeys.Id;
}
