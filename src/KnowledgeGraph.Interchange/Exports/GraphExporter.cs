using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>
/// What every format shares: the subgraph becomes one <see cref="ExportModel"/> (columns, deduplicated nodes, edges
/// whose ends are present), which each format then writes.
/// </summary>
internal abstract class GraphExporter : IGraphExporter
{
    public abstract ExportFormat Format { get; }

    public abstract string ContentType { get; }

    public abstract string FileExtension { get; }

    public Task WriteAsync(
        Subgraph graph,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? nodeAttributes,
        Stream output,
        CancellationToken cancellationToken = default) =>
        WriteModelAsync(ExportModel.Create(graph, nodeAttributes), output, cancellationToken);

    /// <summary>Streams <paramref name="model"/> to <paramref name="output"/> (asynchronous writes only, left open).</summary>
    protected abstract Task WriteModelAsync(ExportModel model, Stream output, CancellationToken cancellationToken);
}
