using System.Xml;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>
/// GEXF 1.3 for Gephi: a static directed graph, node labels are names, edge labels and kinds are relationship types, and every
/// column is a typed attribute (string, long, double, boolean; dates and string lists as strings like GraphML).
/// </summary>
internal sealed class GexfExporter : GraphExporter
{
    private const string GexfNamespace = "http://gexf.net/1.3";
    private const string SchemaLocation = GexfNamespace + " http://gexf.net/1.3/gexf.xsd";

    public override ExportFormat Format => ExportFormat.Gexf;

    public override string ContentType => "application/gexf+xml";

    public override string FileExtension => "gexf";

    protected override async Task WriteModelAsync(ExportModel model, Stream output, CancellationToken cancellationToken)
    {
        await using var xml = XmlWriter.Create(output, XmlText.WriterSettings);
        await XmlText.WriteRootAsync(xml, "gexf", GexfNamespace, SchemaLocation);
        await xml.WriteAttributeStringAsync(null, "version", null, "1.3");

        await xml.WriteStartElementAsync(null, "meta", GexfNamespace);
        await xml.WriteElementStringAsync(null, "creator", GexfNamespace, "KnowledgeGraph");
        await xml.WriteElementStringAsync(null, "description", GexfNamespace, "Mexico–US security cooperation subgraph");
        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "graph", GexfNamespace);
        await xml.WriteAttributeStringAsync(null, "mode", null, "static");
        await xml.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await WriteAttributesAsync(xml, "node", model.NodeColumns.Select(c => (c.Name, c.Type)));
        await WriteAttributesAsync(xml, "edge", model.EdgeColumns.Select(c => (c.Name, c.Type)));

        await xml.WriteStartElementAsync(null, "nodes", GexfNamespace);
        await xml.WriteAttributeStringAsync(null, "count", null, XmlConvert.ToString(model.Nodes.Count));
        foreach (var node in model.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", GexfNamespace);
            await xml.WriteAttributeStringAsync(null, "id", null, XmlText.Clean(node.Id));
            await xml.WriteAttributeStringAsync(null, "label", null, XmlText.Clean(node.Name));
            await WriteValuesAsync(xml, model.NodeColumns.Select(c => (c.Name, c.ValueOf(node))));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();

        await xml.WriteStartElementAsync(null, "edges", GexfNamespace);
        await xml.WriteAttributeStringAsync(null, "count", null, XmlConvert.ToString(model.Relationships.Count));
        foreach (var relationship in model.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "edge", GexfNamespace);
            await xml.WriteAttributeStringAsync(null, "id", null, XmlText.Clean(relationship.Id));
            await xml.WriteAttributeStringAsync(null, "source", null, XmlText.Clean(relationship.From));
            await xml.WriteAttributeStringAsync(null, "target", null, XmlText.Clean(relationship.To));
            await xml.WriteAttributeStringAsync(null, "type", null, "directed");
            await xml.WriteAttributeStringAsync(null, "label", null, relationship.Type.ToWireName());

            // GEXF 1.3's edge kind is what lets Gephi keep parallel edges of different types apart instead of merging them.
            await xml.WriteAttributeStringAsync(null, "kind", null, relationship.Type.ToWireName());
            await WriteValuesAsync(xml, model.EdgeColumns.Select(c => (c.Name, c.ValueOf(relationship))));
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static async Task WriteAttributesAsync(XmlWriter xml, string domain, IEnumerable<(string Name, ColumnType Type)> columns)
    {
        await xml.WriteStartElementAsync(null, "attributes", GexfNamespace);
        await xml.WriteAttributeStringAsync(null, "class", null, domain);
        foreach (var (name, type) in columns)
        {
            await xml.WriteStartElementAsync(null, "attribute", GexfNamespace);
            await xml.WriteAttributeStringAsync(null, "id", null, XmlText.Clean(name));
            await xml.WriteAttributeStringAsync(null, "title", null, XmlText.Clean(name));
            await xml.WriteAttributeStringAsync(null, "type", null, type switch
            {
                ColumnType.Long => "long",
                ColumnType.Double => "double",
                ColumnType.Boolean => "boolean",
                _ => "string",
            });
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
    }

    private static async Task WriteValuesAsync(XmlWriter xml, IEnumerable<(string Column, object? Value)> values)
    {
        var started = false;
        foreach (var (column, value) in values)
        {
            if (value is null)
            {
                continue;
            }

            if (!started)
            {
                await xml.WriteStartElementAsync(null, "attvalues", GexfNamespace);
                started = true;
            }

            await xml.WriteStartElementAsync(null, "attvalue", GexfNamespace);
            await xml.WriteAttributeStringAsync(null, "for", null, XmlText.Clean(column));
            await xml.WriteAttributeStringAsync(null, "value", null, XmlText.Clean(ExportValues.ToText(value)));
            await xml.WriteEndElementAsync();
        }

        if (started)
        {
            await xml.WriteEndElementAsync();
        }
    }
}
