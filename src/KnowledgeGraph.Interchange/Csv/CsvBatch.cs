using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>One batch read from a CSV file: nodes or relationships, and the progress once it is stored.</summary>
internal sealed record CsvBatch(List<Node>? Nodes, List<Relationship>? Relationships, CsvImportProgress Progress);
