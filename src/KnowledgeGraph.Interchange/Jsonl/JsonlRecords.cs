using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Interchange.Jsonl;

/// <summary>
/// Writes and reads single JSONL records. Property values: strings, integers, booleans and string lists are plain
/// JSON; floats are <c>{"float":1.5}</c> and dates <c>{"date":"2024-10-01"}</c>, so every value reads back as the type it had.
/// </summary>
internal static class JsonlRecords
{
    private const string FloatTag = "float";
    private const string DateTag = "date";

    public static void WriteHeader(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("record", JsonlFormat.HeaderRecord);
        writer.WriteString("format", JsonlFormat.Name);
        writer.WriteNumber("version", JsonlFormat.Version);
        writer.WriteEndObject();
    }

    public static void WriteNode(Utf8JsonWriter writer, Node node)
    {
        writer.WriteStartObject();
        writer.WriteString("record", JsonlFormat.NodeRecord);
        writer.WriteString("id", node.Id);
        writer.WriteString("kind", node.Kind.ToString());
        writer.WriteString("name", node.Name);
        if (node.Aliases.Count > 0)
        {
            WriteStrings(writer, "aliases", node.Aliases);
        }

        WriteCommon(writer, node.Description, node.Properties, node.Confidence, node.Provenance, node.ValidFrom, node.ValidTo);
        writer.WriteEndObject();
    }

    public static void WriteRelationship(Utf8JsonWriter writer, Relationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("record", JsonlFormat.RelationshipRecord);
        writer.WriteString("id", relationship.Id);
        writer.WriteString("type", relationship.Type.ToWireName());
        writer.WriteString("from", relationship.From);
        writer.WriteString("to", relationship.To);
        WriteCommon(
            writer, relationship.Description, relationship.Properties, relationship.Confidence, relationship.Provenance,
            relationship.ValidFrom, relationship.ValidTo);
        writer.WriteEndObject();
    }

    /// <summary>The record kind of a line: header, node or relationship.</summary>
    public static string RecordOf(JsonElement line) =>
        line.ValueKind == JsonValueKind.Object && line.TryGetProperty("record", out var r) && r.ValueKind == JsonValueKind.String
            ? r.GetString()!
            : throw new FormatException("expected an object with a \"record\" key (header, node or relationship)");

    public static void CheckHeader(JsonElement line)
    {
        if (RecordOf(line) != JsonlFormat.HeaderRecord || RequiredString(line, "format") != JsonlFormat.Name)
        {
            throw new FormatException($"the first line must be the header {{\"record\":\"header\",\"format\":\"{JsonlFormat.Name}\",\"version\":{JsonlFormat.Version}}}");
        }

        if (!line.TryGetProperty("version", out var v) || !v.TryGetInt32(out var version) || version != JsonlFormat.Version)
        {
            throw new FormatException($"unsupported version (this build reads version {JsonlFormat.Version})");
        }
    }

    public static Node ReadNode(JsonElement line)
    {
        var kindName = RequiredString(line, "kind");
        if (!NodeKinds.TryParse(kindName, out var kind))
        {
            throw new FormatException($"unknown kind '{kindName}'");
        }

        return new Node
        {
            Id = RequiredString(line, "id"),
            Kind = kind,
            Name = RequiredString(line, "name"),
            Aliases = Strings(line, "aliases"),
            Description = OptionalString(line, "description"),
            Properties = Properties(line),
            Confidence = ReadConfidence(line),
            Provenance = new Provenance(Strings(line, "sources"), OptionalString(line, "note")),
            ValidFrom = OptionalDate(line, "validFrom"),
            ValidTo = OptionalDate(line, "validTo"),
        };
    }

    public static Relationship ReadRelationship(JsonElement line)
    {
        var typeName = RequiredString(line, "type");
        if (!RelationshipTypes.TryParse(typeName, out var type))
        {
            throw new FormatException($"unknown relationship type '{typeName}'");
        }

        return new Relationship
        {
            Id = RequiredString(line, "id"),
            Type = type,
            From = RequiredString(line, "from"),
            To = RequiredString(line, "to"),
            Description = OptionalString(line, "description"),
            Properties = Properties(line),
            Confidence = ReadConfidence(line),
            Provenance = new Provenance(Strings(line, "sources"), OptionalString(line, "note")),
            ValidFrom = OptionalDate(line, "validFrom"),
            ValidTo = OptionalDate(line, "validTo"),
        };
    }

    private static void WriteCommon(
        Utf8JsonWriter writer, string? description, IReadOnlyDictionary<string, object> properties, Confidence confidence,
        Provenance provenance, DateOnly? validFrom, DateOnly? validTo)
    {
        if (description is not null)
        {
            writer.WriteString("description", description);
        }

        if (properties.Count > 0)
        {
            writer.WriteStartObject("properties");
            foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteString("confidence", confidence.ToString().ToLowerInvariant());
        if (provenance.Sources.Count > 0)
        {
            WriteStrings(writer, "sources", provenance.Sources);
        }

        if (provenance.Note is not null)
        {
            writer.WriteString("note", provenance.Note);
        }

        if (validFrom is { } from)
        {
            writer.WriteString("validFrom", FormatDate(from));
        }

        if (validTo is { } to)
        {
            writer.WriteString("validTo", FormatDate(to));
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string s:
                writer.WriteStringValue(s);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteStartObject();
                if (double.IsFinite(d))
                {
                    writer.WriteNumber(FloatTag, d);
                }
                else
                {
                    writer.WriteString(FloatTag, d.ToString("R", CultureInfo.InvariantCulture));
                }

                writer.WriteEndObject();
                break;
            case DateOnly date:
                writer.WriteStartObject();
                writer.WriteString(DateTag, FormatDate(date));
                writer.WriteEndObject();
                break;
            case IReadOnlyList<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Unsupported property value type {value.GetType().Name}.", nameof(value));
        }
    }

    private static object ReadValue(string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString()!;
            case JsonValueKind.Number when value.TryGetInt64(out var l):
                return l;
            case JsonValueKind.True or JsonValueKind.False:
                return value.GetBoolean();
            case JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                return (IReadOnlyList<string>)[.. value.EnumerateArray().Select(e => e.GetString()!)];
            case JsonValueKind.Object when value.TryGetProperty(FloatTag, out var f):
                if (f.ValueKind == JsonValueKind.Number)
                {
                    return f.GetDouble();
                }

                if (f.ValueKind == JsonValueKind.String && double.TryParse(f.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var special))
                {
                    return special;
                }

                break;
            case JsonValueKind.Object when value.TryGetProperty(DateTag, out var d):
                if (d.ValueKind == JsonValueKind.String && ParseDate(d.GetString()) is { } date)
                {
                    return date;
                }

                break;
        }

        throw new FormatException($"property '{name}' has a value this format cannot hold: {value.GetRawText()}");
    }

    private static Dictionary<string, object> Properties(JsonElement line)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        if (line.TryGetProperty("properties", out var element))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("properties must be an object");
            }

            foreach (var property in element.EnumerateObject())
            {
                properties[property.Name] = ReadValue(property.Name, property.Value);
            }
        }

        return properties;
    }

    private static Confidence ReadConfidence(JsonElement line) => RequiredString(line, "confidence") switch
    {
        "high" => Confidence.High,
        "medium" => Confidence.Medium,
        "low" => Confidence.Low,
        var other => throw new FormatException($"confidence '{other}' is not one of: high, medium, low"),
    };

    private static string RequiredString(JsonElement line, string name) =>
        OptionalString(line, name) ?? throw new FormatException($"\"{name}\" is required");

    private static string? OptionalString(JsonElement line, string name)
    {
        if (!line.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"\"{name}\" must be a string");
    }

    private static List<string> Strings(JsonElement line, string name)
    {
        if (!line.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw new FormatException($"\"{name}\" must be an array of strings");
        }

        return [.. value.EnumerateArray().Select(e => e.GetString()!)];
    }

    private static DateOnly? OptionalDate(JsonElement line, string name) =>
        OptionalString(line, name) is { } text
            ? ParseDate(text) ?? throw new FormatException($"\"{name}\" must be a date (YYYY-MM-DD), got '{text}'")
            : null;

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
