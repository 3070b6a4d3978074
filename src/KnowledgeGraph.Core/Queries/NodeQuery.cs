using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// A page of nodes of one kind: filter, sort and Relay-style cursor paging (<c>First</c>/<c>After</c> forward,
/// <c>Last</c>/<c>Before</c> backward). Cursors are opaque strings produced by the same store.
/// </summary>
public sealed record NodeQuery
{
    public NodeKind? Kind { get; init; }

    public NodeFilter? Filter { get; init; }

    public IReadOnlyList<SortField> Sort { get; init; } = [];

    public int? First { get; init; }

    public string? After { get; init; }

    public int? Last { get; init; }

    public string? Before { get; init; }

    /// <summary>Ask for the total number of matches (computed by a count query, not by loading rows).</summary>
    public bool IncludeTotalCount { get; init; }
}
