namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>One ORDER BY key. Ascending keys put missing values last, descending keys first (as Cypher does).</summary>
internal sealed record SortKey(string Expression, bool Descending);
