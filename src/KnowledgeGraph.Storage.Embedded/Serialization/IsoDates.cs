using System.Globalization;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>Dates are stored as ISO <c>yyyy-MM-dd</c> text, which sorts and compares like the dates themselves.</summary>
internal static class IsoDates
{
    private const string Format = "yyyy-MM-dd";

    public static string ToText(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string? ToText(DateOnly? date) => date is { } d ? ToText(d) : null;

    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);

    public static DateOnly? ParseNullable(string? text) => text is null ? null : Parse(text);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
