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
        var state = new TranslationState();
        return filter is null ? "true" : Translate(filter, "n", bag, state, 0);
    }

    /// <summary>The effective sort: the requested keys, then id ascending (unless id is already a key) so cursors are stable.</summary>
    public static IReadOnlyList<SortKey> SortKeys(IReadOnlyList<SortField> sort)
    {
        if (sort.Count > QueryLimits.MaxSortFields)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad sort: at most {QueryLimits.MaxSortFields} fields.");
        }

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
            // Missing values count as the greatest: last ascending, first descending (as Neo4j orders nulls).
            items.Add($"{access} IS NULL {direction}");
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
                var towardsGreatest = after != key.Descending;
                if (value is null)
                {
                    // A missing value is the greatest: nothing lies beyond it, every present value lies below it.
                    step = towardsGreatest ? null : $"{access} IS NOT NULL";
                    equal = $"{access} IS NULL";
                }
                else
                {
                    var p = bag.Add(value);
                    step = towardsGreatest ? $"({access} > {p} OR {access} IS NULL)" : $"{access} < {p}";
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
        if (field == BuiltInFields.Confidence)
        {
            return StoredKeys.ConfidenceRank;
        }

        if (BuiltInFields.All.Contains(field))
        {
            return field;
        }

        if (field.Length > QueryLimits.MaxFieldNameLength || !StoredKeys.IsValidPropertyName(field) || field.StartsWith(StoredKeys.InternalPrefix, StringComparison.Ordinal))
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"'{field}' is not a field name (^[a-zA-Z][a-zA-Z0-9_]*$).");
        }

        return field;
    }

    private static string Translate(NodeFilter filter, string variable, ParameterBag bag, TranslationState state, int depth)
    {
        if (++state.Terms > QueryLimits.MaxFilterTerms || depth > QueryLimits.MaxFilterDepth)
        {
            throw new GraphStoreException(
                GraphStoreCodes.BadFilter, $"Bad filter: at most {QueryLimits.MaxFilterTerms} terms nested {QueryLimits.MaxFilterDepth} deep.");
        }

        switch (filter)
        {
            case AndFilter and:
                return and.Filters.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Filters.Select(f => Translate(f, variable, bag, state, depth + 1))) + ")";
            case OrFilter or:
                return or.Filters.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Filters.Select(f => Translate(f, variable, bag, state, depth + 1))) + ")";
            case NotFilter not:
                // Two-valued NOT: a predicate that is unknown (null) on a missing property counts as false first.
                return $"NOT coalesce({Translate(not.Filter, variable, bag, state, depth + 1)}, false)";
            case PropertyFilter property:
                return Compare(property, variable, bag);
            case RelationshipFilter relationship:
                {
                    var other = "m" + (++state.Variables).ToString(CultureInfo.InvariantCulture);
                    var type = CypherStatements.TypeName(relationship.Type);
                    var pattern = relationship.Direction switch
                    {
                        Direction.Outgoing => $"({variable})-[:{type}]->({other}:{StoredKeys.NodeLabel})",
                        Direction.Incoming => $"({variable})<-[:{type}]-({other}:{StoredKeys.NodeLabel})",
                        _ => $"({variable})-[:{type}]-({other}:{StoredKeys.NodeLabel})",
                    };
                    var where = relationship.Other is null ? string.Empty : $" WHERE {Translate(relationship.Other, other, bag, state, depth + 1)}";
                    var exists = $"EXISTS {{ MATCH {pattern}{where} }}";
                    return relationship.Quantifier == Quantifier.None ? $"NOT {exists}" : exists;
                }

            default:
                throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Unknown filter {filter.GetType().Name}.");
        }
    }

    private static string Compare(PropertyFilter filter, string variable, ParameterBag bag)
    {
        var key = StoredKey(filter.Field);
        var access = $"{variable}[{bag.Add(key)}]";
        if (filter.Operator == FilterOperator.In)
        {
            if (filter.Value is string || filter.Value is not IEnumerable items)
            {
                throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: '{filter.Field}' In takes a list of values.");
            }

            var list = items.Cast<object?>().Select(v => NormalizeValue(key, v)).ToList();
            if (list.Count > QueryLimits.MaxInValues)
            {
                throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: In takes at most {QueryLimits.MaxInValues} values.");
            }

            return $"coalesce({access} IN {bag.Add(list)}, false)";
        }

        if (filter.Operator is FilterOperator.Contains or FilterOperator.StartsWith)
        {
            if (filter.Value is not string text)
            {
                throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: '{filter.Field}' {filter.Operator} takes a string value.");
            }

            // Text only; toStringOrNull keeps toLower from ever seeing another type, whatever order Neo4j evaluates in.
            var op = filter.Operator == FilterOperator.Contains ? "CONTAINS" : "STARTS WITH";
            return $"({access} IS :: STRING NOT NULL AND toLower(toStringOrNull({access})) {op} {bag.Add(text.ToLowerInvariant())})";
        }

        var value = NormalizeValue(key, filter.Value);
        return filter.Operator switch
        {
            FilterOperator.Eq => $"coalesce({access} = {bag.Add(value)}, false)",
            FilterOperator.Neq => $"({access} IS NULL OR coalesce({access} <> {bag.Add(value)}, false))",
            FilterOperator.Gt => $"coalesce({access} > {bag.Add(value)}, false)",
            FilterOperator.Gte => $"coalesce({access} >= {bag.Add(value)}, false)",
            FilterOperator.Lt => $"coalesce({access} < {bag.Add(value)}, false)",
            FilterOperator.Lte => $"coalesce({access} <= {bag.Add(value)}, false)",
            _ => throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: operator {filter.Operator} is not supported."),
        };
    }

    private static object NormalizeValue(string key, object? value)
    {
        if (key == StoredKeys.ConfidenceRank)
        {
            return value switch
            {
                Confidence c => StoredKeys.RankOf(c),
                string s when Enum.TryParse<Confidence>(s, ignoreCase: true, out var c) && !int.TryParse(s, out _) => StoredKeys.RankOf(c),
                _ => throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: confidence takes high, medium or low, not '{value}'."),
            };
        }

        if (key is StoredKeys.ValidFrom or StoredKeys.ValidTo)
        {
            return value switch
            {
                DateOnly d => d,
                DateTime dt => DateOnly.FromDateTime(dt),
                string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
                _ => throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: validFrom and validTo take dates (yyyy-MM-dd), not '{value}'."),
            };
        }

        if (value is null)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: a filter on '{key}' needs a value.");
        }

        if (value is Confidence confidence)
        {
            return GraphRecordMapper.ConfidenceWireName(confidence);
        }

        object normalized;
        try
        {
            normalized = PropertyValues.Normalize(value);
        }
        catch (ArgumentException e)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad filter: values of type {value.GetType().Name} cannot be compared.", null, e);
        }

        return normalized is IReadOnlyList<string>
            ? throw new GraphStoreException(GraphStoreCodes.BadFilter, "Bad filter: a list is only a value of the In operator.")
            : normalized;
    }

    private sealed class TranslationState
    {
        public int Terms { get; set; }

        public int Variables { get; set; }
    }
}
