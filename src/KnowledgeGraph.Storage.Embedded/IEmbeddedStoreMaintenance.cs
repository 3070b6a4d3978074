namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Operations only the embedded store offers: online backup and integrity checks (used by <c>kg backup</c> and <c>kg check</c>).</summary>
public interface IEmbeddedStoreMaintenance
{
    /// <summary>The full path of the database file.</summary>
    string DatabasePath { get; }

    /// <summary>
    /// Copies the database to <paramref name="path"/> with SQLite's online backup API: a consistent snapshot taken while
    /// readers and writers keep working. An existing file at the destination is overwritten; its folder is created.
    /// </summary>
    Task BackupToAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Runs <c>PRAGMA integrity_check</c> and <c>PRAGMA foreign_key_check</c>; returns the problems found (empty when healthy).</summary>
    Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default);
}
