using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;

namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>
/// Maps a <see cref="ValidationProblem"/> (item id + field) back to where that field is written. Items that share an
/// id are told apart by order: the n-th duplicate-id problem points at the (n+1)-th entry with that id.
/// </summary>
internal sealed class SeedProblemLocator
{
    private readonly Dictionary<string, List<SeedItemLocation>> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Relationship Relationship, SeedItemLocation Location)>> _relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nodeDuplicatesSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _relationshipDuplicatesSeen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unbuiltNodeIds;
    private readonly SourceLocation _fallback;

    public SeedProblemLocator(SeedCollector collector, SourceLocation fallback)
    {
        foreach (var (node, location) in collector.Nodes)
        {
            Add(_nodes, node.Id, location);
        }

        foreach (var (relationship, location) in collector.Relationships)
        {
            Add(_relationships, relationship.Id, (relationship, location));
        }

        _unbuiltNodeIds = collector.UnbuiltNodeIds;
        _fallback = fallback;
    }

    /// <summary>The located problem, or null when it only repeats one already reported (a reference to an entry that could not be built).</summary>
    public SeedProblem? Locate(ValidationProblem problem)
    {
        var quoted = FirstQuoted(problem.Message);
        if (problem.Code == ValidationCodes.UnknownReference && quoted is not null && _unbuiltNodeIds.Contains(quoted))
        {
            return null;
        }

        var at = Find(problem, quoted);
        var message = problem.Message;
        if (problem.Code == ValidationCodes.DuplicateId && FirstOccurrence(problem.ItemId) is { } first && first != at)
        {
            message += $" (first at {first.File}:{first.Line})";
        }

        return new SeedProblem(at.File, at.Line, at.Column, problem.Code, message);
    }

    private SourceLocation? FirstOccurrence(string? id) =>
        id is null ? null
        : _nodes.TryGetValue(id, out var nodes) && nodes.Count > 1 ? nodes[0].Locate("id")
        : _relationships.TryGetValue(id, out var relationships) && relationships.Count > 1 ? relationships[0].Location.Locate("id")
        : null;

    private SourceLocation Find(ValidationProblem problem, string? quoted)
    {
        var id = problem.ItemId ?? string.Empty;
        var nodes = _nodes.GetValueOrDefault(id) ?? [];
        var relationships = _relationships.GetValueOrDefault(id)?.Select(r => r.Location).ToList() ?? [];
        if (problem.Code == ValidationCodes.DuplicateId)
        {
            if (NextDuplicate(nodes, _nodeDuplicatesSeen, id) is { } node)
            {
                return node.Locate("id");
            }

            if (NextDuplicate(relationships, _relationshipDuplicatesSeen, id) is { } relationship)
            {
                return relationship.Locate("id");
            }
        }

        var candidates = problem.Field is "from" or "to" ? relationships.Concat(nodes) : nodes.Concat(relationships);
        var item = candidates.FirstOrDefault(c => problem.Field is null || c.HasField(problem.Field)) ?? candidates.FirstOrDefault();
        return item?.Locate(problem.Field, quoted) ?? _fallback;
    }

    private static SeedItemLocation? NextDuplicate(List<SeedItemLocation> occurrences, Dictionary<string, int> seen, string id)
    {
        var index = seen.GetValueOrDefault(id) + 1;
        if (index >= occurrences.Count)
        {
            return null;
        }

        seen[id] = index;
        return occurrences[index];
    }

    private static string? FirstQuoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : null;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
