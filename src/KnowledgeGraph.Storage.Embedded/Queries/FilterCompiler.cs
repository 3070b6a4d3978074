using System.Collections;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Serialization;

namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>
/// Translates a <see cref="NodeFilter"/> tree into a SQL predicate over a node alias. Every predicate is two-valued
/// (0 or 1, never NULL) so that NOT is the exact complement. Field names come only from the built-ins or match
/// <c>^[a-zA-Z][a-zA-Z0-9_]*$</c> and reach SQL as a JSON path parameter; values are always parameters.
/// </summary>
internal sealed partial class FilterCompiler
{
    private readonly SqlParameters _parameters;
    private int _terms;
    private int _aliases;

    public FilterCompiler(SqlParameters parameters)
    {
        _parameters = parameters;
    }

    public string Compile(NodeFilter? filter, string alias) => filter is null ? "1" : Compile(filter, alias, 0);

    /// <summary>The SQL expression of a built-in field or a kind property of the node <paramref name="alias"/>.</summary>
    public FieldExpression Field(string field, string alias) => field switch
    {
        BuiltInFields.Id => new($"{alias}.id", FieldKind.Text),
        BuiltInFields.Name => new($"{alias}.name", FieldKind.Text),
        BuiltInFields.Confidence => new($"{alias}.confidence", FieldKind.Confidence),
        BuiltInFields.ValidFrom => new($"{alias}.valid_from", FieldKind.Date),
        BuiltInFields.ValidTo => new($"{alias}.valid_to", FieldKind.Date),
        _ when field.Length <= QueryLimits.MaxFieldNameLength && PropertyName().IsMatch(field) =>
            new($"json_extract({alias}.json, {_parameters.Add($"$.{ItemJsonWriter.PropertiesKey}.{field}")})", FieldKind.Property),
        _ => throw Bad($"'{Shorten(field)}' is not a field: use id, name, confidence, validFrom, validTo or a property name (letters, digits, _)"),
    };

    /// <summary>Converts a filter value to the SQL value the field is stored as.</summary>
    public static object ToSqlValue(FieldExpression field, object? value)
    {
        switch (field.Kind)
        {
            case FieldKind.Confidence:
                return value switch
                {
                    Confidence c => (long)c,
                    string s when ConfidenceNames.TryParse(s, out var c) => (long)c,
                    _ => throw Bad($"confidence takes high, medium or low, not '{value}'"),
                };
            case FieldKind.Date:
                return value switch
                {
                    DateOnly d => IsoDates.ToText(d),
                    DateTime dt => IsoDates.ToText(DateOnly.FromDateTime(dt)),
                    string s when IsoDates.TryParse(s, out _) => s,
                    _ => throw Bad($"validFrom and validTo take dates (yyyy-MM-dd), not '{value}'"),
                };
        }

        if (value is null)
        {
            throw Bad("a filter value is missing");
        }

        object normalized;
        try
        {
            normalized = value is Confidence c2 ? ConfidenceNames.ToWire(c2) : PropertyValues.Normalize(value);
        }
        catch (ArgumentException)
        {
            throw Bad($"values of type {value.GetType().Name} cannot be compared");
        }

        return normalized switch
        {
            string or long or double => normalized,
            bool b => b ? 1L : 0L,
            DateOnly d => IsoDates.ToText(d),
            _ => throw Bad("a list is only a value of the In operator"),
        };
    }

    private static GraphStoreException Bad(string why) => new(GraphStoreCodes.BadFilter, $"Bad filter: {why}.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyName();

    private string Compile(NodeFilter filter, string alias, int depth)
    {
        if (++_terms > QueryLimits.MaxFilterTerms || depth > QueryLimits.MaxFilterDepth)
        {
            throw Bad($"at most {QueryLimits.MaxFilterTerms} terms nested {QueryLimits.MaxFilterDepth} deep");
        }

        return filter switch
        {
            AndFilter and => and.Filters.Count == 0 ? "1" : $"({string.Join(" AND ", and.Filters.Select(f => Compile(f, alias, depth + 1)))})",
            OrFilter or => or.Filters.Count == 0 ? "0" : $"({string.Join(" OR ", or.Filters.Select(f => Compile(f, alias, depth + 1)))})",
            NotFilter not => $"(NOT {Compile(not.Filter, alias, depth + 1)})",
            PropertyFilter property => CompileProperty(property, alias),
            RelationshipFilter relationship => CompileRelationship(relationship, alias, depth),
            _ => throw Bad($"{filter.GetType().Name} is not supported"),
        };
    }

    private string CompileProperty(PropertyFilter filter, string alias)
    {
        var field = Field(filter.Field, alias);
        var e = field.Sql;
        switch (filter.Operator)
        {
            case FilterOperator.Eq:
                return $"COALESCE({e} = {_parameters.Add(ToSqlValue(field, filter.Value))}, 0)";
            case FilterOperator.Neq:
                var v = _parameters.Add(ToSqlValue(field, filter.Value));
                return $"({e} IS NULL OR {e} <> {v})";
            case FilterOperator.In:
                return $"COALESCE({e} IN (SELECT value FROM json_each({_parameters.Add(InList(field, filter.Value))})), 0)";
            case FilterOperator.Contains:
                return $"COALESCE(typeof({e}) = 'text' AND instr(kg_lower({e}), {_parameters.Add(LowerText(filter))}) > 0, 0)";
            case FilterOperator.StartsWith:
                return $"COALESCE(typeof({e}) = 'text' AND instr(kg_lower({e}), {_parameters.Add(LowerText(filter))}) = 1, 0)";
            case FilterOperator.Gt:
            case FilterOperator.Gte:
            case FilterOperator.Lt:
            case FilterOperator.Lte:
                var value = ToSqlValue(field, filter.Value);
                var types = value is string ? "= 'text'" : "IN ('integer', 'real')";
                var op = filter.Operator switch
                {
                    FilterOperator.Gt => ">",
                    FilterOperator.Gte => ">=",
                    FilterOperator.Lt => "<",
                    _ => "<=",
                };
                return $"COALESCE(typeof({e}) {types} AND {e} {op} {_parameters.Add(value)}, 0)";
            default:
                throw Bad($"operator {filter.Operator} is not supported");
        }
    }

    private static string LowerText(PropertyFilter filter) =>
        filter.Value is string s ? s.ToLowerInvariant() : throw Bad($"{filter.Operator} takes a string value");

    private static string InList(FieldExpression field, object? value)
    {
        if (value is null or string || value is not IEnumerable items)
        {
            throw Bad("In takes a list of values");
        }

        var values = new List<object>();
        foreach (var item in items)
        {
            if (values.Count == QueryLimits.MaxInValues)
            {
                throw Bad($"In takes at most {QueryLimits.MaxInValues} values");
            }

            values.Add(ToSqlValue(field, item));
        }

        using var json = new ItemJsonWriter();
        return json.Array(values);
    }

    private string CompileRelationship(RelationshipFilter filter, string alias, int depth)
    {
        var n = ++_aliases;
        var r = $"r{n}";
        var o = $"o{n}";
        var type = _parameters.Add(filter.Type.ToWireName());
        var other = filter.Other is null ? null : Compile(filter.Other, o, depth + 1);

        string Exists(string near, string far) =>
            other is null
                ? $"EXISTS (SELECT 1 FROM relationships {r} WHERE {r}.{near} = {alias}.key AND {r}.type = {type})"
                : $"EXISTS (SELECT 1 FROM relationships {r} JOIN nodes {o} ON {o}.key = {r}.{far} WHERE {r}.{near} = {alias}.key AND {r}.type = {type} AND {other})";

        var some = filter.Direction switch
        {
            Direction.Outgoing => Exists("src", "dst"),
            Direction.Incoming => Exists("dst", "src"),
            _ => $"({Exists("src", "dst")} OR {Exists("dst", "src")})",
        };
        return filter.Quantifier == Quantifier.None ? $"(NOT {some})" : some;
    }
}
