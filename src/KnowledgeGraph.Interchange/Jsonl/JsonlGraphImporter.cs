using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Validation;

namespace KnowledgeGraph.Interchange.Jsonl;

/// <summary>
/// Reads a canonical JSONL file (see <see cref="JsonlFormat"/>), validates it as one graph with
/// <see cref="ValidationOptions.Import"/> (imported data need not name sources) and loads it in one import session:
/// all of it or, on any problem, nothing.
/// </summary>
public static class JsonlGraphImporter
{
    public const int DefaultBatchSize = 10_000;

    private const int MaxReportedProblems = 20;

    /// <param name="store">The store to load into.</param>
    /// <param name="path">The JSONL file.</param>
    /// <param name="displayPath">The file as the user wrote it, for messages; defaults to <paramref name="path"/>.</param>
    /// <param name="progress">Called with the number of records loaded so far and the total.</param>
    /// <param name="cancellationToken">Stops the import; nothing is committed.</param>
    /// <exception cref="InterchangeException">A line is not valid JSONL of this format, or the graph is not valid.</exception>
    public static async Task<JsonlImportResult> ImportAsync(
        IGraphStore store, string path, string? displayPath = null, Action<long, long>? progress = null, CancellationToken cancellationToken = default)
    {
        displayPath ??= path;
        var (nodes, relationships, lines) = await ReadAsync(path, displayPath, cancellationToken);

        var problems = GraphValidator.ValidateGraph(nodes, relationships, ValidationOptions.Import);
        if (problems.Count > 0)
        {
            var shown = problems.Take(MaxReportedProblems)
                .Select(p => $"{displayPath}:{(p.ItemId is not null && lines.TryGetValue(p.ItemId, out var l) ? l : 1)}: {p.Message}");
            var more = problems.Count > MaxReportedProblems ? $"{Environment.NewLine}... and {problems.Count - MaxReportedProblems} more problems" : string.Empty;
            throw new InterchangeException(string.Join(Environment.NewLine, shown) + more);
        }

        long total = nodes.Count + relationships.Count;
        long done = 0;
        await using var session = await store.BeginImportAsync(cancellationToken);
        foreach (var batch in nodes.Chunk(DefaultBatchSize))
        {
            await session.AddNodesAsync(batch, cancellationToken);
            progress?.Invoke(done += batch.Length, total);
        }

        foreach (var batch in relationships.Chunk(DefaultBatchSize))
        {
            await session.AddRelationshipsAsync(batch, cancellationToken);
            progress?.Invoke(done += batch.Length, total);
        }

        var write = await session.CommitAsync(cancellationToken);
        return new JsonlImportResult(nodes.Count, relationships.Count, write);
    }

    private static async Task<(List<Node> Nodes, List<Relationship> Relationships, Dictionary<string, long> Lines)> ReadAsync(
        string path, string displayPath, CancellationToken cancellationToken)
    {
        var nodes = new List<Node>();
        var relationships = new List<Relationship>();
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        long number = 0;
        var sawHeader = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(text);
                var line = document.RootElement;
                if (!sawHeader)
                {
                    JsonlRecords.CheckHeader(line);
                    sawHeader = true;
                    continue;
                }

                switch (JsonlRecords.RecordOf(line))
                {
                    case JsonlFormat.NodeRecord:
                        var node = JsonlRecords.ReadNode(line);
                        nodes.Add(node);
                        lines.TryAdd(node.Id, number);
                        break;
                    case JsonlFormat.RelationshipRecord:
                        var relationship = JsonlRecords.ReadRelationship(line);
                        relationships.Add(relationship);
                        lines.TryAdd(relationship.Id, number);
                        break;
                    case var other:
                        throw new FormatException($"unknown record '{other}' (expected node or relationship)");
                }
            }
            catch (JsonException ex)
            {
                throw new InterchangeException(displayPath, number, $"not valid JSON: {ex.Message}");
            }
            catch (FormatException ex)
            {
                throw new InterchangeException(displayPath, number, ex.Message);
            }
        }

        if (!sawHeader)
        {
            throw new InterchangeException(displayPath, 1, "empty file: expected the JSONL header line");
        }

        return (nodes, relationships, lines);
    }
}
