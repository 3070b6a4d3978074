namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>A decoded cursor: the sort key values of a row and its id.</summary>
internal sealed record CursorPosition(IReadOnlyList<object?> Values, string Id);
