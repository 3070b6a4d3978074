using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>A Cypher DURATION: months, days, seconds and nanoseconds kept apart, as Neo4j stores them.</summary>
internal sealed partial record Neo4jDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    private const decimal NanosPerSecond = 1_000_000_000m;

    public static Neo4jDuration FromTimeSpan(TimeSpan span)
    {
        var seconds = Math.Floor((decimal)span.Ticks / TimeSpan.TicksPerSecond);
        var nanos = ((decimal)span.Ticks / TimeSpan.TicksPerSecond - seconds) * NanosPerSecond;
        return new(0, 0, (long)seconds, (int)nanos);
    }

    /// <summary>Parses the ISO-8601 text Neo4j writes (e.g. <c>P14DT16H12M</c>, <c>P1Y2M</c>, <c>PT-0.5S</c>).</summary>
    public static Neo4jDuration Parse(string text)
    {
        var m = Iso().Match(text);
        if (!m.Success)
        {
            throw new FormatException($"'{text}' is not an ISO-8601 duration.");
        }

        long Part(int group) => m.Groups[group].Success ? long.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var months = Part(1) * 12 + Part(2);
        var days = Part(3) * 7 + Part(4);
        var secondsTotal = Part(5) * 3600m + Part(6) * 60m
            + (m.Groups[7].Success ? decimal.Parse(m.Groups[7].Value, NumberStyles.Float, CultureInfo.InvariantCulture) : 0m);
        var seconds = Math.Floor(secondsTotal);
        return new(months, days, (long)seconds, (int)((secondsTotal - seconds) * NanosPerSecond));
    }

    /// <summary>ISO-8601 text in Neo4j's own normal form (<c>P1Y2M14DT16H12M0.5S</c>), zero parts left out, <c>PT0S</c> when empty.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("P");
        Append(builder, Months / 12, 'Y');
        Append(builder, Months % 12, 'M');
        Append(builder, Days, 'D');
        var total = Seconds + Nanoseconds / NanosPerSecond;
        var hours = decimal.Truncate(total / 3600);
        var minutes = decimal.Truncate((total - hours * 3600) / 60);
        var seconds = total - hours * 3600 - minutes * 60;
        if (total != 0 || builder.Length == 1)
        {
            builder.Append('T');
            Append(builder, (long)hours, 'H');
            Append(builder, (long)minutes, 'M');
            if (seconds != 0 || total == 0)
            {
                builder.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, long value, char unit)
    {
        if (value != 0)
        {
            builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    [GeneratedRegex(@"^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
