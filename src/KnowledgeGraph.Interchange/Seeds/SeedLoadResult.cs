using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>
/// What <see cref="SeedLoader"/> read. When <see cref="Problems"/> is not empty the seeds are invalid and
/// <see cref="Nodes"/> and <see cref="Relationships"/> are empty: invalid seeds load nothing.
/// </summary>
public sealed record SeedLoadResult(
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlyList<SeedProblem> Problems,
    int FileCount)
{
    public bool IsValid => Problems.Count == 0;
}
