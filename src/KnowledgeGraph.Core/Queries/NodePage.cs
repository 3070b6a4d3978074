using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>A page of nodes with their cursors, in query order.</summary>
public sealed record NodePage(IReadOnlyList<PagedNode> Items, bool HasNextPage, bool HasPreviousPage, long? TotalCount);

public sealed record PagedNode(Node Node, string Cursor);
