namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Bounds on what one store query may ask, part of the store contract (every <see cref="Storage.IGraphStore"/> applies
/// the same ones), so that no request can make a store build an unbounded statement.
/// </summary>
public static class QueryLimits
{
    /// <summary>Largest page of <c>QueryNodesAsync</c>; larger First/Last are clamped (paging stays correct). Also the page size when neither is given.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Most results of one <c>SearchAsync</c>.</summary>
    public const int MaxSearchResults = 1000;

    /// <summary>Most entries of one <c>GetAuditLogAsync</c>.</summary>
    public const int MaxAuditEntries = 1000;

    /// <summary>Most terms in one filter tree.</summary>
    public const int MaxFilterTerms = 64;

    /// <summary>Deepest nesting of AND/OR/NOT and relationship filters.</summary>
    public const int MaxFilterDepth = 8;

    /// <summary>Most values of one <c>In</c> term.</summary>
    public const int MaxInValues = 1000;

    /// <summary>Most sort fields of one query.</summary>
    public const int MaxSortFields = 4;

    /// <summary>Longest accepted paging cursor, in characters.</summary>
    public const int MaxCursorLength = 4096;

    /// <summary>Longest property name a filter or sort may name.</summary>
    public const int MaxFieldNameLength = 64;
}
