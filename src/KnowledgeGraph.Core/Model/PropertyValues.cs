using System.Globalization;

namespace KnowledgeGraph.Core.Model;

/// <summary>
/// Property values are a closed set of CLR types: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/>, <see cref="DateOnly"/> and <see cref="IReadOnlyList{T}"/> of string. This class normalises and compares them.
/// </summary>
public static class PropertyValues
{
    /// <summary>Converts a CLR value to its canonical property form, or throws if the type is not allowed.</summary>
    public static object Normalize(object value) => value switch
    {
        string or long or double or bool or DateOnly => value,
        int i => (long)i,
        short s => (long)s,
        float f => (double)f,
        decimal d => (double)d,
        DateTime dt => DateOnly.FromDateTime(dt),
        IEnumerable<string> list => (IReadOnlyList<string>)[.. list],
        _ => throw new ArgumentException($"Unsupported property value type {value.GetType().Name}.", nameof(value)),
    };

    public static bool AreEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        (double x, double y) => x.Equals(y),
        _ => Equals(a, b),
    };

    public static bool AreEqual(IReadOnlyDictionary<string, object> a, IReadOnlyDictionary<string, object> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && AreEqual(p.Value, v));

    /// <summary>Culture-invariant text of a scalar value (lists are joined with '; ').</summary>
    public static string ToInvariantString(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<string> list => string.Join("; ", list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
