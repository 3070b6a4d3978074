using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>What the seed files of one run hold so far: items with their locations, problems, and the ids of entries that could not be built.</summary>
internal sealed class SeedCollector
{
    public List<(Node Node, SeedItemLocation Location)> Nodes { get; } = [];

    public List<(Relationship Relationship, SeedItemLocation Location)> Relationships { get; } = [];

    public List<SeedProblem> Problems { get; } = [];

    /// <summary>Node ids whose entries were too broken to build; references to them are not reported again.</summary>
    public HashSet<string> UnbuiltNodeIds { get; } = new(StringComparer.Ordinal);

    public void Report(SourceLocation at, string code, string message) =>
        Problems.Add(new SeedProblem(at.File, at.Line, at.Column, code, message));
}
