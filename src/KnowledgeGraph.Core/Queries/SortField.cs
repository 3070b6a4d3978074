namespace KnowledgeGraph.Core.Queries;

/// <summary>One sort key; ties are always broken by id ascending so that cursors are stable.</summary>
public sealed record SortField(string Field, bool Descending = false);
