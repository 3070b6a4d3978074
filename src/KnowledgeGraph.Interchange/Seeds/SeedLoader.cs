using KnowledgeGraph.Core.Validation;

namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>
/// Reads a directory of seed YAML files (see docs/seed-format.md), builds the graph and validates it with
/// <see cref="GraphValidator"/>. Every problem of the run is reported with <c>file:line:col</c>, never only the first.
/// File names in problems start with the directory as the caller wrote it (e.g. <c>graph-seeds/institutions.yaml</c>).
/// </summary>
public static class SeedLoader
{
    public const string FilePattern = "*.yaml";

    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public static SeedLoadResult Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"seed directory '{directory}' not found");
        }

        var files = Directory.EnumerateFiles(directory, FilePattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var collector = new SeedCollector();
        foreach (var relative in files)
        {
            using var reader = File.OpenText(Path.Combine(directory, relative));
            new SeedFileReader(Display(directory, relative), collector).Read(reader);
        }

        var nodes = collector.Nodes.Select(n => n.Node).ToList();
        var relationships = collector.Relationships.Select(r => r.Relationship).ToList();
        var locator = new SeedProblemLocator(collector, new SourceLocation(directory, 1, 1));
        var problems = collector.Problems
            .Concat(GraphValidator.ValidateGraph(nodes, relationships, ValidationOptions.Curated).Select(locator.Locate).OfType<SeedProblem>())
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ToList();

        return problems.Count == 0
            ? new SeedLoadResult(nodes, relationships, [], files.Count)
            : new SeedLoadResult([], [], problems, files.Count);
    }

    private static string Display(string directory, string relative) => Path.Join(directory, relative).Replace('\\', '/');
}
