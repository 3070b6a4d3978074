using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>Rows read from each file and what the store did with them.</summary>
public sealed record CsvImportResult(long Nodes, long Relationships, WriteResult Write)
{
    /// <summary>Busy time of each side of the import (for <c>kg import --timings</c> and benchmarks).</summary>
    public CsvImportTimings Timings { get; init; } = new();
}
