using System.Collections;
using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Turns a <see cref="NodeFilter"/> tree, a sort and a keyset cursor into the WHERE predicate and ORDER BY list of
/// <see cref="CypherStatements.QueryNodes"/>. The output uses a small fixed grammar: property access only as
/// <c>n[$pN]</c> (names validated against <c>^[a-zA-Z][a-zA-Z0-9_]*$</c> and still sent as parameters), every value a
/// parameter, relationship types only from the enum. Missing values sort last in both directions.
/// </summary>
internal static class NodeQueryBuilder
{
    public static string Predicate(NodeFilter? filter, ParameterBag bag)
    {
        var counter = 0;
        return filter is null ? "true" : Translate(filter, "n", bag, ref counter);
    }

    /// <summary>The effective sort: the requested keys, then id ascending (unless id is already a key) so cursors are stable.</summary>
    public static IReadOnlyList<SortKey> SortKeys(IReadOnlyList<SortField> sort)
    {
        var keys = sort.Select(s => new SortKey(StoredKey(s.Field), s.Descending)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        keys = [.. keys.Where(k => seen.Add(k.StoredKey))];
        if (!keys.Any(k => k.IsId))
        {
            keys.Add(new SortKey(StoredKeys.Id, false));
        }
        else
        {
            keys = [.. keys.TakeWhile(k => !k.IsId), keys.First(k => k.IsId)];
        }

        return keys;
    }

    public static string Signature(IReadOnlyList<SortKey> keys) =>
        string.Join(",", keys.Select(k => k.StoredKey + (k.Descending ? ":desc" : ":asc")));

    /// <summary>ORDER BY items; <paramref name="backward"/> reverses every key (for Last/Before pages, re-reversed in memory).</summary>
    public static string OrderBy(IReadOnlyList<SortKey> keys, bool backward, KeyRefs refs)
    {
        var items = new List<string>();
        foreach (var key in keys)
        {
            var descending = key.Descending != backward;
            var direction = descending ? "DESC" : "ASC";
            if (key.IsId)
            {
                items.Add($"n.id {direction}");
                continue;
            }

            var access = $"n[{refs.Key(key.StoredKey)}]";
            items.Add($"{access} IS NULL {(backward ? "DESC" : "ASC")}");
            items.Add($"{access} {direction}");
        }

        return string.Join(", ", items);
    }

    /// <summary>Rows strictly after (<paramref name="after"/>) or before the cursor in the forward order of <paramref name="keys"/>.</summary>
    public static string Keyset(IReadOnlyList<SortKey> keys, NodeCursor cursor, bool after, KeyRefs refs, ParameterBag bag)
    {
        if (cursor.Values.Count != keys.Count - 1)
        {
            throw new GraphStoreException(GraphStoreCodes.BadCursor, "The cursor does not match the sort order.");
        }

        var disjuncts = new List<string>();
        var equalities = new List<string>();
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var value = key.IsId ? cursor.Id : cursor.Values[i];
            string? step;
            string equal;
            if (key.IsId)
            {
                var p = bag.Add(value);
                var op = after != key.Descending ? ">" : "<";
                step = $"n.id {op} {p}";
                equal = $"n.id = {p}";
            }
            else
            {
                var access = $"n[{refs.Key(key.StoredKey)}]";
                if (value is null)
                {
                    // Missing values sort last: nothing follows them on this key, every present value precedes them.
                    step = after ? null : $"{access} IS NOT NULL";
                    equal = $"{access} IS NULL";
                }
                else
                {
                    var p = bag.Add(value);
                    var op = after != key.Descending ? ">" : "<";
                    step = after ? $"({access} {op} {p} OR {access} IS NULL)" : $"{access} {op} {p}";
                    equal = $"{access} = {p}";
                }
            }

            if (step is not null)
            {
                disjuncts.Add(equalities.Count == 0 ? step : $"({string.Join(" AND ", equalities)} AND {step})");
            }

            equalities.Add(equal);
        }

        return disjuncts.Count == 0 ? "false" : $"({string.Join(" OR ", disjuncts)})";
    }

    /// <summary>The stored key a filter or sort field reads; built-ins keep their names, properties are validated.</summary>
    public static string StoredKey(string field)
    {
        if (BuiltInFields.All.Contains(field))
        {
            return field;
        }

        if (!StoredKeys.IsValidPropertyName(field) || field.StartsWith(StoredKeys.InternalPrefix, StringComparison.Ordinal))
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"'{field}' is not a field name (^[a-zA-Z][a-zA-Z0-9_]*$).");
        }

        return field;
    }

    private static string Translate(NodeFilter filter, string variable, ParameterBag bag, ref int counter)
    {
        switch (filter)
        {
            case AndFilter and:
                return Join(and.Filters, " AND ", "true", variable, bag, ref counter);
            case OrFilter or:
                return Join(or.Filters, " OR ", "false", variable, bag, ref counter);
            case NotFilter not:
                return $"NOT ({Translate(not.Filter, variable, bag, ref counter)})";
            case PropertyFilter property:
                return Compare(property, variable, bag);
            case RelationshipFilter relationship:
                {
                    counter++;
                    var other = "m" + counter.ToString(CultureInfo.InvariantCulture);
                    var type = CypherStatements.TypeName(relationship.Type);
                    var pattern = relationship.Direction switch
                    {
                        Direction.Outgoing => $"({variable})-[:{type}]->({other}:{StoredKeys.NodeLabel})",
                        Direction.Incoming => $"({variable})<-[:{type}]-({other}:{StoredKeys.NodeLabel})",
                        _ => $"({variable})-[:{type}]-({other}:{StoredKeys.NodeLabel})",
                    };
                    var where = relationship.Other is null ? string.Empty : $" WHERE {Translate(relationship.Other, other, bag, ref counter)}";
                    var exists = $"EXISTS {{ MATCH {pattern}{where} }}";
                    return relationship.Quantifier == Quantifier.None ? $"NOT {exists}" : exists;
                }

            default:
                throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Unknown filter {filter.GetType().Name}.");
        }
    }

    private static string Join(IReadOnlyList<NodeFilter> filters, string op, string empty, string variable, ParameterBag bag, ref int counter)
    {
        if (filters.Count == 0)
        {
            return empty;
        }

        var parts = new List<string>(filters.Count);
        foreach (var f in filters)
        {
            parts.Add(Translate(f, variable, bag, ref counter));
        }

        return "(" + string.Join(op, parts) + ")";
    }

    private static string Compare(PropertyFilter filter, string variable, ParameterBag bag)
    {
        var key = StoredKey(filter.Field);
        var access = $"{variable}[{bag.Add(key)}]";
        if (filter.Operator == FilterOperator.In)
        {
            if (filter.Value is string || filter.Value is not IEnumerable items)
            {
                throw new GraphStoreException(GraphStoreCodes.BadFilter, $"'{filter.Field}' In needs a list of values.");
            }

            var list = items.Cast<object?>().Select(v => NormalizeValue(key, v)).ToList();
            return $"{access} IN {bag.Add(list)}";
        }

        var value = NormalizeValue(key, filter.Value);
        switch (filter.Operator)
        {
            case FilterOperator.Eq:
                return $"{access} = {bag.Add(value)}";
            case FilterOperator.Neq:
                return $"({access} IS NULL OR {access} <> {bag.Add(value)})";
            case FilterOperator.Contains or FilterOperator.StartsWith:
                if (value is not string)
                {
                    throw new GraphStoreException(GraphStoreCodes.BadFilter, $"'{filter.Field}' {filter.Operator} needs a string value.");
                }

                var op = filter.Operator == FilterOperator.Contains ? "CONTAINS" : "STARTS WITH";
                return $"toLower(toStringOrNull({access})) {op} toLower({bag.Add(value)})";
            case FilterOperator.Gt:
                return $"{access} > {bag.Add(value)}";
            case FilterOperator.Gte:
                return $"{access} >= {bag.Add(value)}";
            case FilterOperator.Lt:
                return $"{access} < {bag.Add(value)}";
            case FilterOperator.Lte:
                return $"{access} <= {bag.Add(value)}";
            default:
                throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Unknown operator {filter.Operator}.");
        }
    }

    private static object NormalizeValue(string key, object? value)
    {
        if (value is null)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"A filter on '{key}' needs a value.");
        }

        if (value is Confidence confidence)
        {
            return GraphRecordMapper.ConfidenceWireName(confidence);
        }

        if (key == StoredKeys.Confidence && value is string s)
        {
            return s.ToLowerInvariant();
        }

        try
        {
            var normalized = PropertyValues.Normalize(value);
            return normalized is IReadOnlyList<string>
                ? throw new GraphStoreException(GraphStoreCodes.BadFilter, $"A filter on '{key}' compares with one value, not a list.")
                : normalized;
        }
        catch (ArgumentException e)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"A filter on '{key}' has a value of unsupported type {value.GetType().Name}.", null, e);
        }
    }
}
