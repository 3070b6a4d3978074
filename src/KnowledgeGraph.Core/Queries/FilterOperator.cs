namespace KnowledgeGraph.Core.Queries;

/// <summary>Comparison operators of a <see cref="PropertyFilter"/>.</summary>
public enum FilterOperator
{
    Eq,
    Neq,
    In,
    Contains,
    StartsWith,
    Gt,
    Gte,
    Lt,
    Lte,
}
