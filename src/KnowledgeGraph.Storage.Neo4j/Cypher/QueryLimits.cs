namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Bounds on what one query may ask (the same as the embedded store's), so no request builds an unbounded statement.</summary>
internal static class QueryLimits
{
    /// <summary>Largest page of <c>QueryNodesAsync</c>; larger First/Last are clamped. Also the page size when neither is given.</summary>
    public const int MaxPageSize = 1000;
    public const int MaxSearchResults = 1000;
    public const int MaxAuditEntries = 1000;
    public const int MaxFilterTerms = 64;
    public const int MaxFilterDepth = 8;
    public const int MaxInValues = 1000;
    public const int MaxSortFields = 4;
    public const int MaxCursorLength = 4096;
    public const int MaxFieldNameLength = 64;
}
