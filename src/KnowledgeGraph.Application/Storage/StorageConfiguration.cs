namespace KnowledgeGraph.Application.Storage;

/// <summary>Configuration keys that choose the store (environment variables use <c>__</c>, e.g. <c>Storage__Provider=neo4j</c>).</summary>
public static class StorageConfiguration
{
    public const string ProviderKey = "Storage:Provider";

    public const string EmbeddedPathKey = "Storage:Embedded:Path";

    /// <summary>Page size of an embedded database file when the store creates it.</summary>
    public const string EmbeddedPageSizeKey = "Storage:Embedded:PageSize";

    public const string Embedded = "embedded";

    public const string Neo4j = "neo4j";
}
