namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>Configuration that points the API at a database file.</summary>
internal static class ApiSettings
{
    public static IReadOnlyDictionary<string, string?> ForDatabase(string databasePath) => new Dictionary<string, string?>
    {
        ["EmbeddedStoreOptions:Path"] = databasePath,
    };
}
