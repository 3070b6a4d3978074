using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Interchange.Jsonl;

/// <summary>How many records an import read and what the store did with them.</summary>
public sealed record JsonlImportResult(long Nodes, long Relationships, WriteResult Write);
