namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>Configuration that points the API at a temporary database seeded from graph-seeds/.</summary>
internal static class ApiSettings
{
    public static IReadOnlyDictionary<string, string?> ForTempDatabase(string tempDir) => new Dictionary<string, string?>
    {
        ["EmbeddedStoreOptions:Path"] = Path.Combine(tempDir, "graph.db"),
        ["SeedOptions:Path"] = RepositoryPaths.Seeds,
    };
}
