using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange.Exports;
using KnowledgeGraph.Interchange.Jsonl;

namespace KnowledgeGraph.Application.Exports;

/// <summary>An export gathered by <see cref="ExportService.PrepareAsync"/>, ready to be written once.</summary>
public sealed class PreparedExport
{
    private readonly IGraphStore? _store;
    private readonly Subgraph? _graph;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? _attributes;

    internal PreparedExport(
        ExportFileType type, ExportRequest request, IGraphStore? store, Subgraph? graph, IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? attributes)
    {
        Type = type;
        Request = request;
        _store = store;
        _graph = graph;
        _attributes = attributes;
    }

    public ExportFileType Type { get; }

    public ExportRequest Request { get; }

    /// <summary>A file name that says what is inside, e.g. <c>knowledge-graph-neighbourhood-mx-gn-2020-01-01.graphml</c>.</summary>
    public string FileName
    {
        get
        {
            var parts = new List<string> { "knowledge-graph" };
            if (Request.Scope != ExportScope.All)
            {
                parts.Add(ExportParameters.ScopeNames[(int)Request.Scope]);
            }

            if (Request.Id is { } id)
            {
                parts.Add(id.Trim());
            }

            if (Request.AsOf is { } date)
            {
                parts.Add(date.ToString(ExportParameters.DateFormat, System.Globalization.CultureInfo.InvariantCulture));
            }

            return $"{string.Join('-', parts)}.{Type.FileExtension}";
        }
    }

    /// <summary>Writes the export to <paramref name="output"/> (CSV as a zip of nodes.csv and edges.csv); the stream is left open.</summary>
    public async Task<ExportSummary> WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        if (Type.Format is { } format)
        {
            await ExportWriter.WriteAsync(format, _graph!, _attributes, output, cancellationToken);
            return Summary();
        }

        if (_store is not null && Request.AsOf is null)
        {
            // The unchanged canonical export (same graph, same bytes).
            var whole = await JsonlGraphWriter.WriteAsync(_store, output, cancellationToken);
            return new ExportSummary(whole.Nodes, whole.Relationships);
        }

        var kept = new HashSet<string>(StringComparer.Ordinal);
        var written = _store is not null
            ? await JsonlGraphWriter.WriteAsync(
                ExportService.ValidNodesAsync(_store.ReadAllNodesAsync(cancellationToken), Request.AsOf, kept, cancellationToken),
                ExportService.ValidRelationshipsAsync(_store.ReadAllRelationshipsAsync(cancellationToken), Request.AsOf, kept, cancellationToken),
                output,
                cancellationToken)
            : await JsonlGraphWriter.WriteAsync(
                InIdOrder(_graph!.Nodes, n => n.Id),
                InIdOrder(_graph.Relationships, r => r.Id),
                output,
                cancellationToken);
        return new ExportSummary(written.Nodes, written.Relationships);
    }

    /// <summary>Writes <c>nodes.csv</c> and <c>edges.csv</c> into <paramref name="directory"/> (created if missing).</summary>
    /// <exception cref="InvalidOperationException">The export is not CSV.</exception>
    public async Task<ExportSummary> WriteCsvFilesAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!Type.IsCsv)
        {
            throw new InvalidOperationException($"A {Type.Name} export is one file, not a CSV directory.");
        }

        await ExportWriter.WriteCsvFilesAsync(_graph!, _attributes, directory, cancellationToken);
        return Summary();
    }

    // The canonical format lists items by id (ADR-020).
    private static async IAsyncEnumerable<T> InIdOrder<T>(IEnumerable<T> items, Func<T, string> id)
    {
        foreach (var item in items.OrderBy(id, StringComparer.Ordinal))
        {
            await Task.CompletedTask;
            yield return item;
        }
    }

    private ExportSummary Summary()
    {
        var ids = _graph!.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return new ExportSummary(
            ids.Count,
            _graph.Relationships.Where(r => ids.Contains(r.From) && ids.Contains(r.To)).Select(r => r.Id).Distinct(StringComparer.Ordinal).LongCount());
    }
}
