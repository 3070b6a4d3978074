using System.Buffers.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.TypedJson;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// An opaque keyset cursor: the sort keys' values of a row (typed JSON, so a Date stays a Date) and its id, tied to the
/// sort it was made for. A cursor from another sort, or one that was tampered with, is refused with <c>BAD_CURSOR</c>.
/// </summary>
internal sealed record NodeCursor(string SortSignature, IReadOnlyList<object?> Values, string Id)
{
    public string Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("s", SortSignature);
            writer.WriteString("id", Id);
            writer.WritePropertyName("v");
            TypedJsonCodec.Write(writer, Values);
            writer.WriteEndObject();
        }

        return Base64Url.EncodeToString(buffer.ToArray());
    }

    public static NodeCursor Decode(string cursor, string expectedSignature)
    {
        if (cursor.Length > QueryLimits.MaxCursorLength)
        {
            throw new GraphStoreException(GraphStoreCodes.BadCursor, "The cursor is too long to be one this store made.");
        }

        try
        {
            using var doc = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = doc.RootElement;
            var signature = root.GetProperty("s").GetString();
            if (!string.Equals(signature, expectedSignature, StringComparison.Ordinal))
            {
                throw new GraphStoreException(GraphStoreCodes.BadCursor, "The cursor was made for another sort order.");
            }

            var values = TypedJsonCodec.Read(root.GetProperty("v")) as List<object?>
                ?? throw new FormatException("cursor values are not a list");
            return new NodeCursor(signature!, values, root.GetProperty("id").GetString() ?? throw new FormatException("cursor has no id"));
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new GraphStoreException(GraphStoreCodes.BadCursor, "The cursor is not one this store made.", null, e);
        }
    }
}
