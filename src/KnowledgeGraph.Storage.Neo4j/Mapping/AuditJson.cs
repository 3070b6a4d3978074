using System.Text.Json;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>The JSON of an item as recorded in audit entries (before and after a change).</summary>
internal static class AuditJson
{
    public static string Of(Node node) => Write(w =>
    {
        w.WriteString("id", node.Id);
        w.WriteString("kind", node.Kind.ToString());
        w.WriteString("name", node.Name);
        WriteList(w, "aliases", node.Aliases);
        WriteCommon(w, node.Description, node.Properties, node.Confidence, node.Provenance, node.ValidFrom, node.ValidTo);
    });

    public static string Of(Relationship relationship) => Write(w =>
    {
        w.WriteString("id", relationship.Id);
        w.WriteString("type", relationship.Type.ToWireName());
        w.WriteString("from", relationship.From);
        w.WriteString("to", relationship.To);
        WriteCommon(w, relationship.Description, relationship.Properties, relationship.Confidence, relationship.Provenance, relationship.ValidFrom, relationship.ValidTo);
    });

    private static void WriteCommon(
        Utf8JsonWriter w, string? description, IReadOnlyDictionary<string, object> properties, Confidence confidence, Provenance provenance, DateOnly? from, DateOnly? to)
    {
        if (description is not null)
        {
            w.WriteString("description", description);
        }

        w.WriteStartObject("properties");
        foreach (var (key, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            switch (PropertyValues.Normalize(value))
            {
                case long l:
                    w.WriteNumber(key, l);
                    break;
                case double d when double.IsFinite(d):
                    w.WriteNumber(key, d);
                    break;
                case bool b:
                    w.WriteBoolean(key, b);
                    break;
                case IReadOnlyList<string> list:
                    WriteList(w, key, list);
                    break;
                case var other:
                    w.WriteString(key, PropertyValues.ToInvariantString(other));
                    break;
            }
        }

        w.WriteEndObject();
        w.WriteString("confidence", GraphRecordMapper.ConfidenceWireName(confidence));
        WriteList(w, "sources", provenance.Sources);
        if (provenance.Note is not null)
        {
            w.WriteString("note", provenance.Note);
        }

        if (from is { } f)
        {
            w.WriteString("validFrom", f.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            w.WriteString("validTo", t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
