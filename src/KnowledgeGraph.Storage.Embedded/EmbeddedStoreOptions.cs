namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Settings of the embedded SQLite store, bound from the <c>EmbeddedStoreOptions</c> configuration section.</summary>
public sealed class EmbeddedStoreOptions
{
    public const string DefaultPath = "data/knowledge-graph.db";

    /// <summary>The database file; relative paths are resolved against the working directory. The file and its folder are created when missing.</summary>
    public string Path { get; set; } = DefaultPath;
}
