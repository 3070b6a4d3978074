namespace KnowledgeGraph.Cli.Tests;

/// <summary>Paths the CLI tests need: the repository root (found by walking up to KnowledgeGraph.sln) and temp folders.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string RealSeeds => Path.Combine(RepositoryRoot, "graph-seeds");

    /// <summary>Copies a directory tree (used to plant mistakes in a copy of the real seeds).</summary>
    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above the test binaries");
    }
}
