using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Opens the embedded store outside a DI container (the CLI, tests, tools).</summary>
public static class EmbeddedGraphStore
{
    /// <summary>
    /// Opens (creating or migrating when needed) the SQLite database at <paramref name="path"/> and returns the store.
    /// The returned object also implements <see cref="IEmbeddedStoreMaintenance"/> and <see cref="IDisposable"/>.
    /// </summary>
    /// <exception cref="GraphStoreException">The file was written by a newer version, or cannot be opened.</exception>
    public static IGraphStore Open(string path, int pageSize = EmbeddedStoreOptions.DefaultPageSize)
    {
        var store = new SqliteGraphStore(path, pageSize);
        try
        {
            store.EnsureInitialized();
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
