namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>The SQL expression of a filterable, sortable node field and how its values convert.</summary>
internal sealed record FieldExpression(string Sql, FieldKind Kind);
