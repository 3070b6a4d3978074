using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>
/// The searchable text of a node: its folded name, aliases and acronym, each wrapped in a separator
/// (<c>\u001fsecretaria de marina\u001fsemar\u001f</c>) so that exact, prefix and substring matches of a term are
/// plain <c>instr</c> tests without LIKE patterns to escape.
/// </summary>
internal static class SearchText
{
    public const char Separator = '\u001f';

    public const string AcronymProperty = "acronym";

    public static string Build(Node node)
    {
        var builder = new System.Text.StringBuilder(64);
        builder.Append(Separator);
        Append(builder, node.Name);
        foreach (var alias in node.Aliases)
        {
            Append(builder, alias);
        }

        if (node.Properties.TryGetValue(AcronymProperty, out var acronym) && acronym is string text)
        {
            Append(builder, text);
        }

        return builder.ToString();
    }

    /// <summary>The folded form of a query, without separators; empty when nothing is left to search for.</summary>
    public static string FoldQuery(string text) => TextFolding.Fold(text).Replace(Separator.ToString(), string.Empty, StringComparison.Ordinal).Trim();

    private static void Append(System.Text.StringBuilder builder, string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
        {
            return;
        }

        builder.Append(FoldQuery(term)).Append(Separator);
    }
}
