namespace KnowledgeGraph.Interchange.Csv;

/// <summary>Progress of a CSV import: rows done in the current file and how far into it the reader is.</summary>
public sealed record CsvImportProgress(CsvImportPhase Phase, long Rows, long BytesRead, long TotalBytes);
