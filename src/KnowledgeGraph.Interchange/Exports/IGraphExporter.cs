using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>Writes a subgraph in one <see cref="ExportFormat"/>. Get one from <see cref="ExportWriter.GetExporter"/>.</summary>
public interface IGraphExporter
{
    /// <summary>The format this exporter writes.</summary>
    ExportFormat Format { get; }

    /// <summary>The media type of the output, for an HTTP <c>Content-Type</c> header.</summary>
    string ContentType { get; }

    /// <summary>The usual file extension of the output, without the leading dot (e.g. <c>graphml</c>).</summary>
    string FileExtension { get; }

    /// <summary>
    /// Streams <paramref name="graph"/> to <paramref name="output"/> (UTF-8, asynchronous writes only, the stream is left open).
    /// Node and relationship properties, the node kind and the relationship type are always written;
    /// <paramref name="nodeAttributes"/> (node id → attribute name → value, e.g. betweenness) adds columns when given.
    /// A relationship whose ends are not both among the nodes is left out; repeated ids are written once.
    /// </summary>
    Task WriteAsync(
        Subgraph graph,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>? nodeAttributes,
        Stream output,
        CancellationToken cancellationToken = default);
}
