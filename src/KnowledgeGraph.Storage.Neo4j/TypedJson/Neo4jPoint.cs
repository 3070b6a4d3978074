using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>A Cypher POINT in its typed-JSON form <c>SRID=4326;POINT (x y)</c> or <c>SRID=4979;POINT Z (x y z)</c>.</summary>
internal sealed partial record Neo4jPoint(int Srid, double X, double Y, double? Z = null)
{
    public static Neo4jPoint Parse(string text)
    {
        var m = Wkt().Match(text);
        if (!m.Success)
        {
            throw new FormatException($"'{text}' is not a Neo4j point.");
        }

        static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        var z = m.Groups[5].Success ? D(m.Groups[5].Value) : (double?)null;
        if (m.Groups[2].Success != z.HasValue)
        {
            throw new FormatException($"'{text}': POINT Z needs three coordinates and POINT two.");
        }

        return new(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), D(m.Groups[3].Value), D(m.Groups[4].Value), z);
    }

    public override string ToString() => Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"SRID={Srid};POINT Z ({X:R} {Y:R} {z:R})")
        : string.Create(CultureInfo.InvariantCulture, $"SRID={Srid};POINT ({X:R} {Y:R})");

    [GeneratedRegex(@"^SRID=(\d+);POINT( Z)? ?\(([-+0-9.eE]+) ([-+0-9.eE]+)(?: ([-+0-9.eE]+))?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Wkt();
}
