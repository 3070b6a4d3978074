using KnowledgeGraph.Api.GraphTypes.Links;
using KnowledgeGraph.Api.GraphTypes.Nodes;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphTypes.Filtering;

/// <summary>The filterable and sortable fields of each kind (and of any node), derived from <see cref="DomainSchema"/> and <see cref="LinkFields"/>.</summary>
internal static class WhereFields
{
    public const string And = "AND";
    public const string Or = "OR";
    public const string Not = "NOT";

    /// <summary>Fields of <c>NodeWhere</c> (kind unknown) and of every kind.</summary>
    public static IReadOnlyDictionary<string, FilterTarget> Common { get; } = new Dictionary<string, FilterTarget>(StringComparer.Ordinal)
    {
        ["id"] = new(BuiltInFields.Id, null, null, "StringOperators"),
        ["name"] = new(BuiltInFields.Name, null, null, "StringOperators"),
        ["confidence"] = new(BuiltInFields.Confidence, null, null, "ConfidenceOperators"),
        ["validFrom"] = new(BuiltInFields.ValidFrom, null, null, "DateOperators"),
        ["validTo"] = new(BuiltInFields.ValidTo, null, null, "DateOperators"),
    };

    private static readonly Dictionary<NodeKind, IReadOnlyDictionary<string, FilterTarget>> ByKind = NodeKinds.All.ToDictionary(k => k, Build);

    public static IReadOnlyDictionary<string, FilterTarget> For(NodeKind? kind) => kind is { } k ? ByKind[k] : Common;

    public static string WhereTypeName(NodeKind? kind) => kind is { } k ? $"{k}Where" : "NodeWhere";

    public static string OrderTypeName(NodeKind kind) => $"{kind}Order";

    public static string OperatorsFor(PropertyType type) => type switch
    {
        PropertyType.Integer => "IntOperators",
        PropertyType.Float => "FloatOperators",
        PropertyType.Boolean => "BooleanOperators",
        PropertyType.Date => "DateOperators",
        _ => "StringOperators",
    };

    private static IReadOnlyDictionary<string, FilterTarget> Build(NodeKind kind)
    {
        var fields = new Dictionary<string, FilterTarget>(Common, StringComparer.Ordinal);
        foreach (var spec in DomainSchema.NodeProperties[kind])
        {
            fields[PropertyFields.NodeFieldName(kind, spec.Name)] = new(spec.Name, null, null, OperatorsFor(spec.Type));
        }

        foreach (var link in LinkFields.For(kind))
        {
            var ends = link.EndKinds;
            fields[link.FieldName] = new(null, link, ends.Count == 1 ? ends[0] : null, string.Empty);
        }

        return fields;
    }
}
