using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>
/// What every format writes: the nodes (first of each id), the relationships between them, and the columns of both
/// (built-in fields, then the properties present, then the extra node attributes), each with a unique name.
/// </summary>
internal sealed class ExportModel
{
    /// <summary>The prefix of a property whose name is taken by a built-in field (a node property <c>kind</c> becomes <c>prop_kind</c>).</summary>
    public const string PropertyPrefix = "prop_";

    /// <summary>The prefix of an extra node attribute whose name is already taken.</summary>
    public const string AttributePrefix = "attr_";

    // id and the ends are written by every format itself; parent would make a Cytoscape.js node a compound child.
    private static readonly string[] ReservedNodeNames = ["id", "parent"];
    private static readonly string[] ReservedEdgeNames = ["id", "source", "target"];

    private ExportModel(
        IReadOnlyList<Node> nodes,
        IReadOnlyList<Relationship> relationships,
        IReadOnlyList<ExportColumn<Node>> nodeColumns,
        IReadOnlyList<ExportColumn<Relationship>> edgeColumns)
    {
        Nodes = nodes;
        Relationships = relationships;
        NodeColumns = nodeColumns;
        EdgeColumns = edgeColumns;
    }

    public IReadOnlyList<Node> Nodes { get; }

    public IReadOnlyList<Relationship> Relationships { get; }

    public IReadOnlyList<ExportColumn<Node>> NodeColumns { get; }

    public IReadOnlyList<ExportColumn<Relationship>> EdgeColumns { get; }

    public static ExportModel Create(Subgraph graph, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? nodeAttributes)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        var nodes = graph.Nodes.Where(n => nodeIds.Add(n.Id)).ToList();
        var relationshipIds = new HashSet<string>(StringComparer.Ordinal);
        var relationships = graph.Relationships
            .Where(r => nodeIds.Contains(r.From) && nodeIds.Contains(r.To) && relationshipIds.Add(r.Id))
            .ToList();

        return new ExportModel(nodes, relationships, NodeColumnsOf(nodes, nodeAttributes), EdgeColumnsOf(relationships));
    }

    private static List<ExportColumn<Node>> NodeColumnsOf(
        List<Node> nodes, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? nodeAttributes)
    {
        List<ExportColumn<Node>> columns =
        [
            new("kind", ColumnType.String, n => n.Kind.ToString()),
            new("name", ColumnType.String, n => n.Name),
            new("aliases", ColumnType.StringList, n => n.Aliases),
            new("description", ColumnType.String, n => n.Description),
            new("confidence", ColumnType.String, n => ConfidenceText(n.Confidence)),
            new("sources", ColumnType.StringList, n => n.Provenance.Sources),
            new("note", ColumnType.String, n => n.Provenance.Note),
            new("validFrom", ColumnType.Date, n => n.ValidFrom),
            new("validTo", ColumnType.Date, n => n.ValidTo),
        ];
        var names = new ColumnNames(ReservedNodeNames.Concat(columns.Select(c => c.Name)));

        foreach (var (name, type) in InferTypes(nodes.SelectMany(n => n.Properties)))
        {
            columns.Add(new(names.Allocate(name, PropertyPrefix), type, n => n.Properties.GetValueOrDefault(name)));
        }

        if (nodeAttributes is not null)
        {
            var attributes = nodes
                .SelectMany(n => nodeAttributes.TryGetValue(n.Id, out var values) && values is not null
                    ? values
                    : Enumerable.Empty<KeyValuePair<string, object>>());
            foreach (var (name, type) in InferTypes(attributes))
            {
                columns.Add(new(
                    names.Allocate(name, AttributePrefix),
                    type,
                    n => nodeAttributes.TryGetValue(n.Id, out var values) && values is not null ? values.GetValueOrDefault(name) : null));
            }
        }

        return columns;
    }

    private static List<ExportColumn<Relationship>> EdgeColumnsOf(List<Relationship> relationships)
    {
        List<ExportColumn<Relationship>> columns =
        [
            new("type", ColumnType.String, r => r.Type.ToWireName()),
            new("description", ColumnType.String, r => r.Description),
            new("confidence", ColumnType.String, r => ConfidenceText(r.Confidence)),
            new("sources", ColumnType.StringList, r => r.Provenance.Sources),
            new("note", ColumnType.String, r => r.Provenance.Note),
            new("validFrom", ColumnType.Date, r => r.ValidFrom),
            new("validTo", ColumnType.Date, r => r.ValidTo),
        ];
        var names = new ColumnNames(ReservedEdgeNames.Concat(columns.Select(c => c.Name)));

        foreach (var (name, type) in InferTypes(relationships.SelectMany(r => r.Properties)))
        {
            columns.Add(new(names.Allocate(name, PropertyPrefix), type, r => r.Properties.GetValueOrDefault(name)));
        }

        return columns;
    }

    /// <summary>The names present (ordinal order) with one type each, widened over all their values.</summary>
    private static SortedDictionary<string, ColumnType> InferTypes(IEnumerable<KeyValuePair<string, object>> values)
    {
        var types = new SortedDictionary<string, ColumnType>(StringComparer.Ordinal);
        foreach (var (name, raw) in values)
        {
            if (ExportValues.Normalize(raw) is not { } value)
            {
                continue;
            }

            var type = ExportValues.TypeOf(value);
            types[name] = types.TryGetValue(name, out var seen) ? ExportValues.Widen(seen, type) : type;
        }

        return types;
    }

    private static string ConfidenceText(Confidence confidence) => confidence.ToString().ToLowerInvariant();
}
