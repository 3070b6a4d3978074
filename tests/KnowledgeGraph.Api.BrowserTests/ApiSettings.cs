namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>Configuration of the API under test: the embedded store on a temporary file, seeded from graph-seeds/ at start-up.</summary>
internal static class ApiSettings
{
    public static IReadOnlyDictionary<string, string?> ForTempDatabase(string directory) => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "embedded",
        ["Storage:Embedded:Path"] = Path.Combine(directory, "graph.db"),
        ["Seeds:Path"] = RepositoryPaths.Seeds,
    };
}
