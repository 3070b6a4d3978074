namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>The Query API's <c>accessMode</c>: Read lets a cluster route the request to a reader.</summary>
internal enum AccessMode
{
    Write,
    Read,
}
