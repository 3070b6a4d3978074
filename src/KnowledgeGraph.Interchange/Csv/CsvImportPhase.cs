namespace KnowledgeGraph.Interchange.Csv;

/// <summary>The stage a CSV import is in.</summary>
public enum CsvImportPhase
{
    Nodes,
    Edges,
    Committing,
}
