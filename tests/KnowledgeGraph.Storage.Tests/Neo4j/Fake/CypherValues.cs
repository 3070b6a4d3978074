using System.Collections;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>Cypher's comparison, equality and ordering rules for the values the fake holds (three-valued: null when undefined).</summary>
internal static class CypherValues
{
    public static bool? AreEqual(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (a is IList la && b is IList lb)
        {
            if (la.Count != lb.Count)
            {
                return false;
            }

            for (var i = 0; i < la.Count; i++)
            {
                if (AreEqual(la[i], lb[i]) != true)
                {
                    return false;
                }
            }

            return true;
        }

        return a.GetType() == b.GetType() ? a.Equals(b) : false;
    }

    /// <summary>Compares two values of comparable types; null when Cypher says the comparison is undefined.</summary>
    public static int? Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture));
        }

        return (a, b) switch
        {
            (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
            (bool x, bool y) => x.CompareTo(y),
            (DateOnly x, DateOnly y) => x.CompareTo(y),
            (DateTimeOffset x, DateTimeOffset y) => x.CompareTo(y),
            _ => null,
        };
    }

    /// <summary>ORDER BY ordering: like <see cref="Compare"/>, with null after every value and other types by type name.</summary>
    public static int OrderCompare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return (a is null).CompareTo(b is null);
        }

        return Compare(a, b) ?? string.CompareOrdinal(a.GetType().Name, b.GetType().Name);
    }

    public static bool IsNumber(object? value) => value is long or double or int;

    public static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    public static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    public static bool? Not(bool? a) => a is null ? null : !a.Value;
}
