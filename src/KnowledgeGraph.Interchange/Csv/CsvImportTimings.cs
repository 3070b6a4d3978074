namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// Where an import's time went: reading and checking rows (on its own thread, overlapping the store), writing batches
/// into the store's session, and the commit (index builds, flushing the transaction).
/// </summary>
public sealed class CsvImportTimings
{
    public TimeSpan Read { get; internal set; }

    public TimeSpan Store { get; internal set; }

    public TimeSpan Commit { get; internal set; }
}
