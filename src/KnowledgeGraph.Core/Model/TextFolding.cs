using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Model;

/// <summary>Case- and accent-insensitive text for search: "Secretaría" and "SECRETARIA" fold to the same key.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            // Nothing to decompose or strip in ASCII (the usual bulk-import name): the same result, many times cheaper.
            return text.ToLowerInvariant();
        }

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
