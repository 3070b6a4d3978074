using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// A filter over nodes that every store translates to its own query language (never by concatenating values).
/// Fields are the built-ins <c>id</c>, <c>name</c>, <c>confidence</c>, <c>validFrom</c>, <c>validTo</c> or a property name of the kind.
/// </summary>
public abstract record NodeFilter;

public sealed record AndFilter(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

public sealed record OrFilter(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

public sealed record NotFilter(NodeFilter Filter) : NodeFilter;

/// <summary>Compares a field with a value (string, long, double, bool, DateOnly; a list of them for <see cref="FilterOperator.In"/>).
/// String comparisons with Contains and StartsWith are case-insensitive; a node without the property never matches except under Neq.</summary>
public sealed record PropertyFilter(string Field, FilterOperator Operator, object Value) : NodeFilter;

/// <summary>Matches nodes that have some (or no) relationship of a type in a direction whose other end matches <see cref="Other"/>.</summary>
public sealed record RelationshipFilter(RelationshipType Type, Direction Direction, Quantifier Quantifier, NodeFilter? Other = null) : NodeFilter;

public enum Quantifier
{
    Some,
    None,
}
