using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Model;

/// <summary>Case- and accent-insensitive text for search: "Secretaría" and "SECRETARIA" fold to the same key.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
