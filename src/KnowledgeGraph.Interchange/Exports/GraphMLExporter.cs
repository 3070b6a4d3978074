using System.Xml;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>
/// GraphML 1.0 valid against the published graphml.xsd: one typed <c>&lt;key&gt;</c> per column, a directed graph,
/// ids as XML name tokens (<see cref="XmlConvert.EncodeNmToken"/>, so <c>a--MEMBER_OF-&gt;b</c> becomes <c>a--MEMBER_OF-_x003E_b</c>).
/// Dates and string lists are strings (GraphML has no such types): ISO dates, lists joined with "; ".
/// </summary>
internal sealed class GraphMLExporter : GraphExporter
{
    private const string GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaLocation = GraphMLNamespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    public override ExportFormat Format => ExportFormat.GraphML;

    public override string ContentType => "application/graphml+xml";

    public override string FileExtension => "graphml";

    protected override async Task WriteModelAsync(ExportModel model, Stream output, CancellationToken cancellationToken)
    {
        await using var xml = XmlWriter.Create(output, XmlText.WriterSettings);
        await XmlText.WriteRootAsync(xml, "graphml", GraphMLNamespace, SchemaLocation);

        for (var i = 0; i < model.NodeColumns.Count; i++)
        {
            await WriteKeyAsync(xml, NodeKey(i), "node", model.NodeColumns[i].Name, model.NodeColumns[i].Type);
        }

        for (var i = 0; i < model.EdgeColumns.Count; i++)
        {
            await WriteKeyAsync(xml, EdgeKey(i), "edge", model.EdgeColumns[i].Name, model.EdgeColumns[i].Type);
        }

        await xml.WriteStartElementAsync(null, "graph", GraphMLNamespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "G");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");

        foreach (var node in model.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", GraphMLNamespace);
            await xml.WriteAttributeStringAsync(null, "id", null, XmlConvert.EncodeNmToken(node.Id));
            for (var i = 0; i < model.NodeColumns.Count; i++)
            {
                await WriteDataAsync(xml, NodeKey(i), model.NodeColumns[i].ValueOf(node));
            }

            await xml.WriteEndElementAsync();
        }

        foreach (var relationship in model.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "edge", GraphMLNamespace);
            await xml.WriteAttributeStringAsync(null, "id", null, XmlConvert.EncodeNmToken(relationship.Id));
            await xml.WriteAttributeStringAsync(null, "source", null, XmlConvert.EncodeNmToken(relationship.From));
            await xml.WriteAttributeStringAsync(null, "target", null, XmlConvert.EncodeNmToken(relationship.To));
            for (var i = 0; i < model.EdgeColumns.Count; i++)
            {
                await WriteDataAsync(xml, EdgeKey(i), model.EdgeColumns[i].ValueOf(relationship));
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static string NodeKey(int index) => $"n{index}";

    private static string EdgeKey(int index) => $"e{index}";

    private static async Task WriteKeyAsync(XmlWriter xml, string id, string domain, string name, ColumnType type)
    {
        await xml.WriteStartElementAsync(null, "key", GraphMLNamespace);
        await xml.WriteAttributeStringAsync(null, "id", null, id);
        await xml.WriteAttributeStringAsync(null, "for", null, domain);

        // The schema types attr.name as an XML name token.
        await xml.WriteAttributeStringAsync(null, "attr.name", null, XmlConvert.EncodeNmToken(name));
        await xml.WriteAttributeStringAsync(null, "attr.type", null, type switch
        {
            ColumnType.Long => "long",
            ColumnType.Double => "double",
            ColumnType.Boolean => "boolean",
            _ => "string",
        });
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteDataAsync(XmlWriter xml, string key, object? value)
    {
        if (value is null)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "data", GraphMLNamespace);
        await xml.WriteAttributeStringAsync(null, "key", null, key);
        await xml.WriteStringAsync(XmlText.Clean(ExportValues.ToText(value)));
        await xml.WriteEndElementAsync();
    }
}
