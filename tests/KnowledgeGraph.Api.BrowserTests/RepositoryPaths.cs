namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>Paths in the repository the tests run from (found by walking up to KnowledgeGraph.sln).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "graph-seeds");

    public static string TestResults => Path.Combine(Root, "TestResults");

    public static string DocsImages => Path.Combine(Root, "docs", "images");

    public static string ExplorerBundle => Path.Combine(Root, "src", "KnowledgeGraph.Api", "wwwroot", "explorer", "explorer.js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KnowledgeGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
