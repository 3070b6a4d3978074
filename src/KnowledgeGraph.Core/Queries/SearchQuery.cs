using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>Case- and accent-insensitive search over names, acronyms and aliases.
/// Ranking: exact match of name/acronym/alias, then prefix, then substring; ties by name then id.</summary>
public sealed record SearchQuery(string Text, int First = 20)
{
    public IReadOnlyCollection<NodeKind>? Kinds { get; init; }
}
