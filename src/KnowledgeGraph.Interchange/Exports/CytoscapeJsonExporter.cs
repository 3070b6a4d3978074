using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>
/// Cytoscape.js JSON (<c>{"data":{...},"elements":{"nodes":[{"data":{...}}],"edges":[{"data":{...}}]}}</c>), which
/// Cytoscape desktop imports as a <c>.cyjs</c> network. Values keep their JSON types; string lists are arrays, dates ISO strings.
/// </summary>
internal sealed class CytoscapeJsonExporter : GraphExporter
{
    // Utf8JsonWriter buffers until flushed: flush every few KB so large exports stream.
    private const int FlushThreshold = 16 * 1024;

    // Accents stay readable; HTML-sensitive characters (<, >, &, quotes) are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public override ExportFormat Format => ExportFormat.CytoscapeJson;

    public override string ContentType => "application/json";

    public override string FileExtension => "cyjs";

    protected override async Task WriteModelAsync(ExportModel model, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("name", "KnowledgeGraph");
        json.WriteEndObject();
        json.WriteStartObject("elements");

        json.WriteStartArray("nodes");
        foreach (var node in model.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Id);
            foreach (var column in model.NodeColumns)
            {
                WriteValue(json, column.Name, column.ValueOf(node));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken);
        }

        json.WriteEndArray();

        json.WriteStartArray("edges");
        foreach (var relationship in model.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", relationship.Id);
            json.WriteString("source", relationship.From);
            json.WriteString("target", relationship.To);
            foreach (var column in model.EdgeColumns)
            {
                WriteValue(json, column.Name, column.ValueOf(relationship));
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await FlushIfFullAsync(json, cancellationToken);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static async Task FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending > FlushThreshold)
        {
            await json.FlushAsync(cancellationToken);
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case long l:
                json.WriteNumber(name, l);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumber(name, d);
                break;
            case double:
                // JSON has no NaN or infinity.
                json.WriteNull(name);
                break;
            case bool b:
                json.WriteBoolean(name, b);
                break;
            case IReadOnlyList<string> list:
                json.WriteStartArray(name);
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteString(name, ExportValues.ToText(value));
                break;
        }
    }
}
