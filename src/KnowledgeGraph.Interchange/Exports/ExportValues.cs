using System.Globalization;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>Brings exported values to the property value types of Core and to one type per column.</summary>
internal static class ExportValues
{
    /// <summary>Core's property form of <paramref name="value"/>; any other type (from analytics attributes) becomes its invariant text.</summary>
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        byte or sbyte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        ulong u => u <= long.MaxValue ? (long)u : (double)u,
        string or long or double or bool or DateOnly or int or short or float or decimal or DateTime or IEnumerable<string> =>
            PropertyValues.Normalize(value),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static ColumnType TypeOf(object normalized) => normalized switch
    {
        long => ColumnType.Long,
        double => ColumnType.Double,
        bool => ColumnType.Boolean,
        DateOnly => ColumnType.Date,
        IReadOnlyList<string> => ColumnType.StringList,
        _ => ColumnType.String,
    };

    /// <summary>The type of a column holding values of both types: integers widen to doubles, any other mix is text.</summary>
    public static ColumnType Widen(ColumnType a, ColumnType b) => (a, b) switch
    {
        _ when a == b => a,
        (ColumnType.Long, ColumnType.Double) or (ColumnType.Double, ColumnType.Long) => ColumnType.Double,
        _ => ColumnType.String,
    };

    /// <summary>A normalized value in the type of its column.</summary>
    public static object Coerce(object normalized, ColumnType type) => (normalized, type) switch
    {
        (long l, ColumnType.Double) => (double)l,
        (string, ColumnType.String) => normalized,
        (_, ColumnType.String) => ToText(normalized),
        _ => normalized,
    };

    /// <summary>Culture-invariant text: ISO dates, round-trip doubles, lower-case booleans, lists joined with "; ".</summary>
    public static string ToText(object value) => PropertyValues.ToInvariantString(value);
}
