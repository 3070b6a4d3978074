using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>One batch read from a CSV file: nodes or edges, and the progress once it is stored.</summary>
internal sealed record CsvBatch(List<Node>? Nodes, EdgeBatch? Edges, CsvImportProgress Progress);
