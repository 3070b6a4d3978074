namespace KnowledgeGraph.Api.Execution;

/// <summary>
/// Limits on what one request may cost, bound from configuration section <c>GraphQLLimitsOptions</c>
/// (e.g. <c>GraphQLLimitsOptions__MaxDepth=20</c>). Each breach is answered with its own error code.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>Deepest nesting of selection sets (MAX_DEPTH_EXCEEDED).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Highest complexity score, with list sizes taken from first/last (MAX_COMPLEXITY_EXCEEDED).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Multiplier for list fields whose size is unknown (relationship lists).</summary>
    public double ListSizeEstimate { get; set; } = 5;

    /// <summary>Page size when neither first nor last is given.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest first/last of a list query, and largest search or analysis result (PAGE_SIZE_EXCEEDED).</summary>
    public int MaxPageSize { get; set; } = 200;

    /// <summary>Largest request body in bytes (REQUEST_TOO_LARGE, HTTP 413).</summary>
    public long MaxRequestBodyBytes { get; set; } = 128 * 1024;

    /// <summary>Longest time one request may run (TIMEOUT).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deepest AST the parser builds before giving up (PARSER_DEPTH_EXCEEDED).</summary>
    public int ParserMaxDepth { get; set; } = 128;

    /// <summary>Parsed and validated documents kept, keyed by query text.</summary>
    public int DocumentCacheSize { get; set; } = 512;

    /// <summary>Deepest neighbourhood a query may ask for.</summary>
    public int MaxNeighbourhoodDepth { get; set; } = 4;

    /// <summary>Most nodes a neighbourhood returns.</summary>
    public int MaxNeighbourhoodNodes { get; set; } = 500;
}
