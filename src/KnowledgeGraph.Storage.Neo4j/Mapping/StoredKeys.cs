using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>
/// Property names on stored nodes and relationships. Built-ins keep their domain names; the store's own keys start
/// with <c>kg_</c>; every other key is a kind or type property and must match <c>^[a-zA-Z][a-zA-Z0-9_]*$</c>.
/// </summary>
internal static partial class StoredKeys
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string Description = "description";
    public const string Confidence = "confidence";
    public const string Sources = "sources";
    public const string Note = "note";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";

    /// <summary>Folded name, acronym and aliases (Core <c>TextFolding</c>), searched by <c>SearchAsync</c>.</summary>
    public const string SearchTerms = "kg_search";

    /// <summary>Rank of the confidence (high = 0, medium = 1, low = 2): what filters and sorts on <c>confidence</c> compare.</summary>
    public const string ConfidenceRank = "kg_confidence";

    /// <summary>The label every graph node carries besides its kind, so that id lookups need no kind.</summary>
    public const string NodeLabel = "KgNode";

    public const string InternalPrefix = "kg_";

    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Name, Aliases, Description, Confidence, Sources, Note, ValidFrom, ValidTo,
    };

    public static long RankOf(KnowledgeGraph.Core.Model.Confidence confidence) => (long)confidence;

    public static bool IsValidPropertyName(string name) => PropertyName().IsMatch(name);

    /// <summary>Checks a kind or type property name before it is stored (never part of statement text, but kept tidy and unambiguous).</summary>
    public static void EnsureStorableProperty(string name, string itemId)
    {
        if (!IsValidPropertyName(name) || name.StartsWith(InternalPrefix, StringComparison.Ordinal)
            || Reserved.Contains(name))
        {
            throw new GraphStoreException("STORE_ERROR", $"Property name '{name}' of '{itemId}' cannot be stored (reserved, or not ^[a-zA-Z][a-zA-Z0-9_]*$).", itemId);
        }
    }

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyName();
}
