using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>
/// Opaque keyset cursors: base64url of <c>{"s": sort signature, "k": [sort values..., id]}</c>. A cursor made for a
/// different sort, or anything that does not decode, is refused with <see cref="GraphStoreCodes.BadCursor"/>.
/// </summary>
internal static class Cursors
{
    public static string Encode(string signature, IReadOnlyList<object?> values, string id)
    {
        using var stream = new MemoryStream(64);
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("s", signature);
            writer.WriteStartArray("k");
            foreach (var value in values)
            {
                switch (value)
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case long l:
                        writer.WriteNumberValue(l);
                        break;
                    case double d when double.IsFinite(d):
                        writer.WriteNumberValue(d);
                        break;
                    case double d:
                        // Non-finite floats are rare; keep them as text so the cursor stays valid JSON.
                        writer.WriteStartObject();
                        writer.WriteString("f", d.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                        writer.WriteEndObject();
                        break;
                    default:
                        writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                }
            }

            writer.WriteStringValue(id);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(stream.ToArray());
    }

    public static CursorPosition Decode(string cursor, string signature, int keyCount)
    {
        if (cursor.Length is 0 or > QueryLimits.MaxCursorLength)
        {
            throw Bad("it is empty or too long");
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(cursor);
        }
        catch (FormatException)
        {
            throw Bad("it is not base64url");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("s", out var s) || s.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("k", out var k) || k.ValueKind != JsonValueKind.Array)
            {
                throw Bad("it does not hold a position");
            }

            if (!string.Equals(s.GetString(), signature, StringComparison.Ordinal) || k.GetArrayLength() != keyCount + 1)
            {
                throw Bad("it was made for a different sort order");
            }

            var values = new List<object?>(keyCount);
            string? id = null;
            var i = 0;
            foreach (var item in k.EnumerateArray())
            {
                if (i++ == keyCount)
                {
                    id = item.ValueKind == JsonValueKind.String ? item.GetString() : throw Bad("its id is not a string");
                    break;
                }

                values.Add(item.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Number => item.TryGetInt64(out var l) ? (object)l : item.GetDouble(),
                    JsonValueKind.Object when item.TryGetProperty("f", out var f) && f.ValueKind == JsonValueKind.String
                        && double.TryParse(f.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) => d,
                    _ => throw Bad("it holds a value of an unknown type"),
                });
            }

            return new CursorPosition(values, id!);
        }
        catch (JsonException)
        {
            throw Bad("it is not a cursor of this store");
        }
    }

    private static GraphStoreException Bad(string why) =>
        new(GraphStoreCodes.BadCursor, $"The cursor is not valid: {why}. Use a cursor returned by the same query.");
}
