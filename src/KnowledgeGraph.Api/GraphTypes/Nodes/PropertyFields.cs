using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Nodes;

/// <summary>Maps the properties of <see cref="DomainSchema"/> to GraphQL fields, for node kinds and relationship types alike.</summary>
internal static class PropertyFields
{
    /// <summary>Field names every node type has; a property with one of these names gets the kind as prefix.</summary>
    public static readonly IReadOnlySet<string> CommonNodeFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "kind", "name", "aliases", "description", "confidence", "provenance", "validFrom", "validTo", "properties",
    };

    /// <summary>The GraphQL field name of a node property: the property name, or e.g. <c>agreementKind</c> for Agreement.kind.</summary>
    public static string NodeFieldName(NodeKind kind, string property) =>
        CommonNodeFields.Contains(property) ? Camel(kind.ToString()) + Pascal(property) : property;

    public static string ScalarName(PropertyType type) => type switch
    {
        PropertyType.String => "String",
        PropertyType.Integer => "Int",
        PropertyType.Float => "Float",
        PropertyType.Boolean => "Boolean",
        PropertyType.Date => "Date",
        _ => "String",
    };

    public static IGraphType OutputType(PropertySpec spec)
    {
        IGraphType type = spec.Type == PropertyType.StringList
            ? new ListGraphType(NonNull("String"))
            : Ref(ScalarName(spec.Type));
        return spec.Required ? NonNull(type) : type;
    }

    /// <summary>Values as GraphQL expects them (integers are stored as long, GraphQL Int is 32-bit).</summary>
    public static object? ToOutput(object? value) => value switch
    {
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        _ => value,
    };

    public static string Describe(PropertySpec spec)
    {
        var text = spec.AllowedValues is { } allowed ? $"One of: {string.Join(", ", allowed)}." : $"{spec.Type}.";
        if (spec.Min is not null || spec.Max is not null)
        {
            text += $" Range {spec.Min}..{spec.Max}.";
        }

        return text;
    }

    /// <summary>Adds one field per property; a property that names another node (e.g. DEPENDS_ON.for) gets <c>forId</c> and a resolved <c>for</c>.</summary>
    public static void Add(IComplexGraphType type, IEnumerable<PropertySpec> specs, Func<object, IReadOnlyDictionary<string, object>> properties, Func<string, string> fieldName)
    {
        foreach (var spec in specs)
        {
            var name = spec.Name;
            if (spec.References is { } referenced)
            {
                type.AddField(MakeField(name + "Id", spec.Required ? NonNull("ID") : Ref("ID"), $"Id of the {referenced} this names.", c => properties(c.Source!).GetValueOrDefault(name)));
                type.AddField(MakeField(name, Ref(referenced.ToString()), $"The {referenced} this names.", c =>
                    properties(c.Source!).GetValueOrDefault(name) is string id ? c.Loader().LoadNode(id) : null));
                continue;
            }

            type.AddField(MakeField(fieldName(name), OutputType(spec), Describe(spec), c => ToOutput(properties(c.Source!).GetValueOrDefault(name))));
        }
    }
}
