namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>A path (typed-JSON <c>Path</c>): nodes and relationships alternating, starting and ending with a node.</summary>
internal sealed record Neo4jPath(IReadOnlyList<object> Elements)
{
    public IEnumerable<Neo4jNode> Nodes => Elements.OfType<Neo4jNode>();

    public IEnumerable<Neo4jRelationship> Relationships => Elements.OfType<Neo4jRelationship>();
}
