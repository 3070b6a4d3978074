namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Settings of the embedded SQLite store, bound from the <c>EmbeddedStoreOptions</c> configuration section.</summary>
public sealed class EmbeddedStoreOptions
{
    public const string DefaultPath = "data/knowledge-graph.db";

    /// <summary>The database file; relative paths are resolved against the working directory. The file and its folder are created when missing.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// Page size in bytes of a database file this store creates (a power of two from 512 to 65536); an existing file
    /// keeps its own. 16 KiB suits a curated graph with small writes; bulk-loaded, read-mostly graphs are faster to load
    /// with 64 KiB pages (<c>kg import</c> creates new files so, see ADR-010).
    /// </summary>
    public int PageSize { get; set; } = DefaultPageSize;

    public const int DefaultPageSize = 16 * 1024;

    public const int BulkLoadPageSize = 64 * 1024;

    /// <summary>True for the page sizes SQLite accepts: powers of two from 512 to 65536.</summary>
    public static bool IsValidPageSize(int bytes) => bytes is >= 512 and <= 65536 && (bytes & (bytes - 1)) == 0;
}
