namespace KnowledgeGraph.Application.Exports;

/// <summary>How many nodes and relationships an export wrote.</summary>
public sealed record ExportSummary(long Nodes, long Relationships);
