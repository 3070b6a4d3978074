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

    /// <summary>ISO-8601 text: <c>P{months}M{days}DT{seconds}S</c> with zero parts left out (<c>PT0S</c> when empty).</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("P");
        if (Months != 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{Months}M");
        }

        if (Days != 0)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{Days}D");
        }

        var seconds = Seconds + Nanoseconds / NanosPerSecond;
        if (seconds != 0 || builder.Length == 1)
        {
            builder.Append('T').Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('S');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^P(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
