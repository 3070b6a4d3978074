namespace KnowledgeGraph.Interchange.Jsonl;

/// <summary>How many records an export wrote.</summary>
public sealed record JsonlWriteResult(long Nodes, long Relationships);
