using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>Rows read from each file and what the store did with them.</summary>
public sealed record CsvImportResult(long Nodes, long Relationships, WriteResult Write);
