using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>Rebuilds nodes and relationships from their columns and the JSON written by <see cref="ItemJsonWriter"/>.</summary>
internal static class ItemJsonReader
{
    /// <summary>A node from its columns; <paramref name="body"/> is NULL when it has nothing beyond them.</summary>
    public static Node ReadNode(string id, string kind, string name, long confidence, string? validFrom, string? validTo, string provenance, string? body)
    {
        var node = new Node
        {
            Id = id,
            Kind = ParseKind(kind, id),
            Name = name,
            Provenance = ReadProvenance(provenance),
            Confidence = (Confidence)confidence,
            ValidFrom = IsoDates.ParseNullable(validFrom),
            ValidTo = IsoDates.ParseNullable(validTo),
        };
        if (body is null)
        {
            return node;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return node with
        {
            Aliases = ReadStrings(root, "aliases"),
            Description = ReadOptional(root, "description"),
            Properties = ReadProperties(root),
        };
    }

    /// <summary>
    /// A node stored by schema version 3 and before: provenance inside the JSON body. Read only by the migrations up
    /// to version 4, through <see cref="ItemRows.Version3NodeColumns"/>.
    /// </summary>
    public static Node ReadVersion3Node(string id, string kind, string name, long confidence, string? validFrom, string? validTo, string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new Node
        {
            Id = id,
            Kind = ParseKind(kind, id),
            Name = name,
            Aliases = ReadStrings(root, "aliases"),
            Description = ReadOptional(root, "description"),
            Properties = ReadProperties(root),
            Provenance = ReadProvenance(root),
            Confidence = (Confidence)confidence,
            ValidFrom = IsoDates.ParseNullable(validFrom),
            ValidTo = IsoDates.ParseNullable(validTo),
        };
    }

    /// <summary>A relationship from its columns; <paramref name="body"/> is NULL when it has nothing beyond them.</summary>
    public static Relationship ReadRelationship(
        string id, string type, string from, string to, long confidence, string provenance, double? weight, string? body)
    {
        var relationshipType = ParseType(type, id, from, to);
        var relationship = new Relationship
        {
            Id = id.Length > 0 ? id : Relationship.DefaultId(from, relationshipType, to),
            Type = relationshipType,
            From = from,
            To = to,
            Provenance = ReadProvenance(provenance),
            Confidence = (Confidence)confidence,
        };
        if (body is null)
        {
            return weight is { } only
                ? relationship with { Properties = new Dictionary<string, object>(1, StringComparer.Ordinal) { [EdgeBatch.WeightProperty] = only } }
                : relationship;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var properties = ReadProperties(root);
        if (weight is { } value)
        {
            properties[EdgeBatch.WeightProperty] = value;
        }

        return relationship with
        {
            Description = ReadOptional(root, "description"),
            Properties = properties,
            ValidFrom = IsoDates.ParseNullable(ReadOptional(root, "validFrom")),
            ValidTo = IsoDates.ParseNullable(ReadOptional(root, "validTo")),
        };
    }

    /// <summary>
    /// A relationship stored by schema version 3 and before: id, type and text ends in columns, everything else
    /// (provenance and confidence too) in one JSON body. Read only by the migration to version 4.
    /// </summary>
    public static Relationship ReadVersion3Relationship(string id, string type, string from, string to, string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return new Relationship
        {
            Id = id,
            Type = ParseType(type, id, from, to),
            From = from,
            To = to,
            Description = ReadOptional(root, "description"),
            Properties = ReadProperties(root),
            Provenance = ReadProvenance(root),
            Confidence = ConfidenceNames.TryParse(ReadOptional(root, "confidence"), out var c) ? c : Confidence.Medium,
            ValidFrom = IsoDates.ParseNullable(ReadOptional(root, "validFrom")),
            ValidTo = IsoDates.ParseNullable(ReadOptional(root, "validTo")),
        };
    }

    public static NodeKind ParseKind(string kind, string id) =>
        NodeKinds.TryParse(kind, out var k) ? k : throw new GraphStoreException($"Node '{id}' has an unknown kind '{kind}' in the database.");

    private static string? ReadOptional(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] ReadStrings(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) ? ReadStringArray(value) : [];

    private static string[] ReadStringArray(JsonElement array)
    {
        var list = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            list[i++] = item.GetString() ?? string.Empty;
        }

        return list;
    }

    private static RelationshipType ParseType(string type, string id, string from, string to) =>
        RelationshipTypes.TryParse(type, out var t)
            ? t
            : throw new GraphStoreException($"Relationship '{(id.Length > 0 ? id : Relationship.DefaultId(from, type, to))}' has an unknown type '{type}' in the database.");

    private static Provenance ReadProvenance(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ReadProvenance(document.RootElement);
    }

    private static Provenance ReadProvenance(JsonElement root)
    {
        var sources = ReadStrings(root, "sources");
        var note = ReadOptional(root, "note");
        return sources.Length == 0 && note is null ? Provenance.None : new Provenance(sources, note);
    }

    private static Dictionary<string, object> ReadProperties(JsonElement root)
    {
        if (!root.TryGetProperty(ItemJsonWriter.PropertiesKey, out var properties))
        {
            return new Dictionary<string, object>();
        }

        root.TryGetProperty(ItemJsonWriter.TypesKey, out var types);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            var type = types.ValueKind == JsonValueKind.Object && types.TryGetProperty(property.Name, out var t) ? t.GetString() : null;
            result[property.Name] = ReadValue(property.Value, type);
        }

        return result;
    }

    private static object ReadValue(JsonElement value, string? type) => type switch
    {
        ItemJsonWriter.DateType => IsoDates.Parse(value.GetString()!),
        ItemJsonWriter.FloatType => value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : value.GetDouble(),
        _ => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.TryGetInt64(out var l) ? (object)l : value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Array => ReadStringArray(value),
            _ => value.GetRawText(),
        },
    };
}
