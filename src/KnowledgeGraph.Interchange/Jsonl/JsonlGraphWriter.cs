using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Interchange.Jsonl;

/// <summary>Writes the canonical JSONL export of a graph (see <see cref="JsonlFormat"/>); the same graph always gives the same bytes.</summary>
public static class JsonlGraphWriter
{
    // Accents stay readable (Secretaría, not Secretar\u00EDa); the output is data for files, never embedded in HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Streams every node and relationship of the store, in id order, to <paramref name="output"/>.</summary>
    public static Task<JsonlWriteResult> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(store.ReadAllNodesAsync(cancellationToken), store.ReadAllRelationshipsAsync(cancellationToken), output, cancellationToken);

    /// <summary>Writes the given nodes and relationships, which the caller passes in id order.</summary>
    public static async Task<JsonlWriteResult> WriteAsync(
        IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Relationship> relationships, Stream output, CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        await using var writer = new Utf8JsonWriter(buffer, Options);

        async Task EndLineAsync()
        {
            await writer.FlushAsync(cancellationToken);
            buffer.Write("\n"u8);
            if (buffer.WrittenCount >= 64 * 1024)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }

            writer.Reset(buffer);
        }

        JsonlRecords.WriteHeader(writer);
        await EndLineAsync();
        long nodeCount = 0;
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            JsonlRecords.WriteNode(writer, node);
            await EndLineAsync();
            nodeCount++;
        }

        long relationshipCount = 0;
        await foreach (var relationship in relationships.WithCancellation(cancellationToken))
        {
            JsonlRecords.WriteRelationship(writer, relationship);
            await EndLineAsync();
            relationshipCount++;
        }

        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return new JsonlWriteResult(nodeCount, relationshipCount);
    }
}
