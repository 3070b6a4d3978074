using GraphQL.Types;
using KnowledgeGraph.Core.Queries;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Filtering;

/// <summary>Comparison operators on one field (<c>{ eq: "mx" }</c>, <c>{ in: [...] }</c>, <c>{ gte: 3 }</c>); several operators are ANDed.</summary>
internal sealed class OperatorsInputType : InputObjectGraphType
{
    public static readonly IReadOnlyDictionary<string, FilterOperator> Operators = new Dictionary<string, FilterOperator>(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq,
        ["neq"] = FilterOperator.Neq,
        ["in"] = FilterOperator.In,
        ["contains"] = FilterOperator.Contains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["gt"] = FilterOperator.Gt,
        ["gte"] = FilterOperator.Gte,
        ["lt"] = FilterOperator.Lt,
        ["lte"] = FilterOperator.Lte,
    };

    public OperatorsInputType(string name, string scalar, params string[] operators)
    {
        Name = name;
        Description = $"Operators on a {scalar} field; several are ANDed. String contains/startsWith ignore case.";
        foreach (var op in operators)
        {
            var type = op == "in" ? new ListGraphType(NonNull(scalar)) : Ref(scalar);
            AddField(new FieldType { Name = op, ResolvedType = type });
        }
    }

    public static IEnumerable<OperatorsInputType> All()
    {
        yield return new("StringOperators", "String", "eq", "neq", "in", "contains", "startsWith", "gt", "gte", "lt", "lte");
        yield return new("IntOperators", "Int", "eq", "neq", "in", "gt", "gte", "lt", "lte");
        yield return new("FloatOperators", "Float", "eq", "neq", "in", "gt", "gte", "lt", "lte");
        yield return new("DateOperators", "Date", "eq", "neq", "in", "gt", "gte", "lt", "lte");
        yield return new("BooleanOperators", "Boolean", "eq", "neq");
        yield return new("ConfidenceOperators", "Confidence", "eq", "neq", "in");
    }
}
