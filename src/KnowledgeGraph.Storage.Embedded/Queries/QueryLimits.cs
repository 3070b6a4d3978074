namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>Bounds on what one query may ask, so that no request can make the store build an unbounded statement.</summary>
internal static class QueryLimits
{
    /// <summary>Largest page of <c>QueryNodesAsync</c>; larger First/Last are clamped (paging stays correct). Also the page size when neither is given.</summary>
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
