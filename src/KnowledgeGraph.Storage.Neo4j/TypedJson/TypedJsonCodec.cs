using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": T, "_value": V}</c>.
/// One codec for both directions, so parameters and results keep int64 precision, int vs float, dates and lists.
/// </summary>
internal static class TypedJsonCodec
{
    public const string MediaType = "application/vnd.neo4j.query";

    /// <summary>Writes a CLR value as a typed-JSON value.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteStartObject();
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                writer.WriteEndObject();
                return;
            case bool b:
                writer.WriteStartObject();
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", b);
                writer.WriteEndObject();
                return;
            case string s:
                Scalar(writer, "String", s);
                return;
            case long or int or short or sbyte or byte or ushort or uint:
                Scalar(writer, "Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                return;
            case double or float or decimal:
                Scalar(writer, "Float", FormatFloat(Convert.ToDouble(value, CultureInfo.InvariantCulture)));
                return;
            case byte[] bytes:
                Scalar(writer, "Base64", Convert.ToBase64String(bytes));
                return;
            case DateOnly date:
                Scalar(writer, "Date", TemporalText.FormatDate(date));
                return;
            case TimeOnly time:
                Scalar(writer, "LocalTime", TemporalText.FormatTime(time));
                return;
            case Neo4jTime zonedTime:
                Scalar(writer, "Time", TemporalText.FormatTime(zonedTime.Time) + TemporalText.FormatOffset(zonedTime.Offset));
                return;
            case DateTime dateTime:
                Scalar(writer, "LocalDateTime", TemporalText.FormatLocalDateTime(dateTime));
                return;
            case DateTimeOffset offsetDateTime:
                Scalar(writer, "OffsetDateTime", TemporalText.FormatOffsetDateTime(offsetDateTime));
                return;
            case Neo4jZonedDateTime zoned:
                Scalar(writer, "OffsetDateTime", TemporalText.FormatOffsetDateTime(zoned.Value) + "[" + zoned.Zone + "]");
                return;
            case Neo4jDuration duration:
                Scalar(writer, "Duration", duration.ToString());
                return;
            case TimeSpan span:
                Scalar(writer, "Duration", Neo4jDuration.FromTimeSpan(span).ToString());
                return;
            case Neo4jPoint point:
                Scalar(writer, "Point", point.ToString());
                return;
            case Neo4jNode node:
                WriteTyped(writer, "Node", () => WriteNodeBody(writer, node));
                return;
            case Neo4jRelationship relationship:
                WriteTyped(writer, "Relationship", () => WriteRelationshipBody(writer, relationship));
                return;
            case Neo4jPath path:
                WriteTyped(writer, "Path", () =>
                {
                    writer.WriteStartArray();
                    foreach (var element in path.Elements)
                    {
                        Write(writer, element);
                    }

                    writer.WriteEndArray();
                });
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteTyped(writer, "Map", () => WriteMap(writer, map));
                return;
            case IDictionary dictionary:
                WriteTyped(writer, "Map", () =>
                {
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture)!);
                        Write(writer, entry.Value);
                    }

                    writer.WriteEndObject();
                });
                return;
            case IEnumerable list:
                WriteTyped(writer, "List", () =>
                {
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        Write(writer, item);
                    }

                    writer.WriteEndArray();
                });
                return;
            default:
                throw new ArgumentException($"No typed-JSON form for {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Writes a map whose values are typed (the shape of <c>parameters</c> and <c>_properties</c>).</summary>
    public static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a typed-JSON value into CLR values (see the type list of <see cref="Write"/>).</summary>
    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
        {
            throw new FormatException($"Expected a typed-JSON object with $type, got {element.ValueKind}.");
        }

        var type = typeElement.GetString();
        var value = element.TryGetProperty("_value", out var v) ? v : default;
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(Text(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(Text(value)),
            "String" => Text(value),
            "Base64" => Convert.FromBase64String(Text(value)),
            "Date" => TemporalText.ParseDate(Text(value)),
            "LocalTime" => TemporalText.ParseTime(Text(value)),
            "Time" => ReadZonedTime(Text(value)),
            "LocalDateTime" => TemporalText.ParseLocalDateTime(Text(value)),
            "OffsetDateTime" => ReadOffsetDateTime(Text(value)),
            "Duration" => Neo4jDuration.Parse(Text(value)),
            "Point" => Neo4jPoint.Parse(Text(value)),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => new Neo4jPath(value.EnumerateArray().Select(e => Read(e) ?? throw new FormatException("A path holds no nulls.")).ToList()),
            _ => throw new FormatException($"Unknown typed-JSON type '{type}'."),
        };
    }

    /// <summary>Reads an object whose members are typed values (<c>parameters</c>, <c>_properties</c>, a Map's value).</summary>
    public static Dictionary<string, object?> ReadMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }

    public static string FormatFloat(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    public static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new FormatException($"Expected a string _value, got {value.ValueKind}.");

    private static void Scalar(Utf8JsonWriter writer, string type, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WriteString("_value", text);
        writer.WriteEndObject();
    }

    private static void WriteTyped(Utf8JsonWriter writer, string type, Action writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue();
        writer.WriteEndObject();
    }

    private static void WriteNodeBody(Utf8JsonWriter writer, Neo4jNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("_element_id", node.ElementId);
        writer.WriteStartArray("_labels");
        foreach (var label in node.Labels)
        {
            writer.WriteStringValue(label);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("_properties");
        WriteMap(writer, node.Properties);
        writer.WriteEndObject();
    }

    private static void WriteRelationshipBody(Utf8JsonWriter writer, Neo4jRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("_element_id", relationship.ElementId);
        writer.WriteString("_start_node_element_id", relationship.StartNodeElementId);
        writer.WriteString("_end_node_element_id", relationship.EndNodeElementId);
        writer.WriteString("_type", relationship.Type);
        writer.WritePropertyName("_properties");
        WriteMap(writer, relationship.Properties);
        writer.WriteEndObject();
    }

    private static Neo4jNode ReadNode(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
        ReadMap(value.GetProperty("_properties")));

    private static Neo4jRelationship ReadRelationship(JsonElement value) => new(
        value.GetProperty("_element_id").GetString()!,
        value.GetProperty("_start_node_element_id").GetString()!,
        value.GetProperty("_end_node_element_id").GetString()!,
        value.GetProperty("_type").GetString()!,
        ReadMap(value.GetProperty("_properties")));

    private static Neo4jTime ReadZonedTime(string text)
    {
        var (local, offset) = TemporalText.SplitOffset("T" + text);
        return new(TemporalText.ParseTime(local[1..]), offset);
    }

    private static object ReadOffsetDateTime(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return TemporalText.ParseOffsetDateTime(text);
        }

        if (!text.EndsWith(']'))
        {
            throw new FormatException($"'{text}' has an unclosed zone id.");
        }

        return new Neo4jZonedDateTime(TemporalText.ParseOffsetDateTime(text[..bracket]), text[(bracket + 1)..^1]);
    }
}
