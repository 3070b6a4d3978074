using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Model;

/// <summary>Node ids are stable kebab-case strings such as <c>mx-sedena</c>.</summary>
public static partial class NodeIds
{
    public const int MaxLength = 200;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && KebabCase().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
