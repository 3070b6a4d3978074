using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.GraphTypes.Filtering;

/// <summary>Turns <c>where</c> and <c>order</c> argument values into Core <see cref="NodeFilter"/> and <see cref="SortField"/>s.</summary>
internal static class FilterConverter
{
    public static NodeFilter? ToFilter(NodeKind? kind, object? where, IReadOnlyList<object> path)
    {
        if (where is not IDictionary<string, object?> fields)
        {
            return null;
        }

        var targets = WhereFields.For(kind);
        var parts = new List<NodeFilter>();
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            IReadOnlyList<object> here = [.. path, name];
            switch (name)
            {
                case WhereFields.And:
                    parts.Add(new AndFilter(Each(kind, value, here)));
                    break;
                case WhereFields.Or:
                    parts.Add(new OrFilter(Each(kind, value, here)));
                    break;
                case WhereFields.Not:
                    parts.Add(new NotFilter(ToFilter(kind, value, here) ?? new AndFilter([])));
                    break;
                default:
                    var target = targets[name];
                    if (target.Link is { } link)
                    {
                        parts.AddRange(LinkFilters(link.Type, link.Direction, target.EndKind, value, here));
                    }
                    else
                    {
                        parts.AddRange(Operators(target.StoreField!, value, here));
                    }

                    break;
            }
        }

        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => new AndFilter(parts),
        };
    }

    public static IReadOnlyList<SortField> ToSort(NodeKind kind, object? order, IReadOnlyList<object> path)
    {
        if (order is not IEnumerable<object?> entries)
        {
            return [];
        }

        var targets = WhereFields.For(kind);
        var sort = new List<SortField>();
        var index = 0;
        foreach (var entry in entries)
        {
            var set = (entry as IDictionary<string, object?>)?.Where(p => p.Value is not null).ToList() ?? [];
            if (set.Count != 1)
            {
                throw new ApiError(ApiErrorCodes.BadUserInput, "Each order entry must set exactly one field, e.g. { name: ASC }.", [.. path, index]);
            }

            sort.Add(new SortField(targets[set[0].Key].StoreField!, set[0].Value is true));
            index++;
        }

        return sort;
    }

    private static List<NodeFilter> Each(NodeKind? kind, object value, IReadOnlyList<object> path) =>
        [.. ((IEnumerable<object?>)value).Select((v, i) => ToFilter(kind, v, [.. path, i]) ?? new AndFilter([]))];

    private static IEnumerable<NodeFilter> LinkFilters(RelationshipType type, Direction direction, NodeKind? endKind, object value, IReadOnlyList<object> path)
    {
        foreach (var (quantifier, inner) in (IDictionary<string, object?>)value)
        {
            if (inner is null)
            {
                continue;
            }

            // An empty filter ({}) means any node: some: {} is "has one", none: {} is "has none".
            var q = quantifier == "none" ? Quantifier.None : Quantifier.Some;
            yield return new RelationshipFilter(type, direction, q, ToFilter(endKind, inner, [.. path, quantifier]));
        }
    }

    private static IEnumerable<NodeFilter> Operators(string field, object value, IReadOnlyList<object> path)
    {
        foreach (var (op, operand) in (IDictionary<string, object?>)value)
        {
            if (operand is null)
            {
                continue;
            }

            var converted = op == "in"
                ? ((IEnumerable<object?>)operand).Select(v => Convert(v!)).ToList()
                : Convert(operand);
            yield return new PropertyFilter(field, OperatorsInputType.Operators[op], converted);
        }
    }

    /// <summary>Values as the store compares them (see <see cref="PropertyFilter"/>).</summary>
    private static object Convert(object value) => value switch
    {
        int i => (long)i,
        float f => (double)f,
        decimal d => (double)d,
        Confidence c => c.ToString().ToLowerInvariant(),
        _ => value,
    };
}
