using System.Globalization;

namespace KnowledgeGraph.Storage.Neo4j.TypedJson;

/// <summary>
/// ISO-8601 text of the temporal typed-JSON values. Neo4j keeps nanoseconds and leaves out zero seconds
/// ("12:50"); .NET keeps 100 ns ticks, so digits past the seventh are dropped when reading.
/// </summary>
internal static class TemporalText
{
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTime(TimeOnly time)
    {
        var text = time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var fraction = time.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? text : text + "." + fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    public static TimeOnly ParseTime(string text)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 2 || parts[1].Length != 2)
        {
            throw new FormatException($"'{text}' is not a time of day.");
        }

        var hours = int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        long ticks = 0;
        var seconds = 0;
        if (parts.Length == 3)
        {
            var secondText = parts[2];
            var dot = secondText.IndexOf('.', StringComparison.Ordinal);
            if (dot >= 0)
            {
                var digits = secondText[(dot + 1)..];
                if (digits.Length is 0 or > 9 || !digits.All(char.IsAsciiDigit))
                {
                    throw new FormatException($"'{text}' has a bad fraction of a second.");
                }

                ticks = long.Parse(digits.PadRight(9, '0')[..7], CultureInfo.InvariantCulture);
                secondText = secondText[..dot];
            }

            seconds = int.Parse(secondText, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return new TimeOnly(hours, minutes, seconds).Add(TimeSpan.FromTicks(ticks));
    }

    public static string FormatOffset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "Z";
        }

        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:D2}:{abs.Minutes:D2}");
    }

    /// <summary>Splits "12:50:35.556+01:00" / "...Z" into the local part and the offset.</summary>
    public static (string Local, TimeSpan Offset) SplitOffset(string text)
    {
        if (text.EndsWith('Z'))
        {
            return (text[..^1], TimeSpan.Zero);
        }

        var index = Math.Max(text.LastIndexOf('+'), text.LastIndexOf('-'));
        var timeStart = text.IndexOf('T', StringComparison.Ordinal) + 1;
        if (index <= timeStart)
        {
            throw new FormatException($"'{text}' has no UTC offset.");
        }

        var sign = text[index] == '-' ? -1 : 1;
        var offsetParts = text[(index + 1)..].Split(':');
        var offset = new TimeSpan(
            int.Parse(offsetParts[0], CultureInfo.InvariantCulture),
            offsetParts.Length > 1 ? int.Parse(offsetParts[1], CultureInfo.InvariantCulture) : 0,
            offsetParts.Length > 2 ? int.Parse(offsetParts[2], CultureInfo.InvariantCulture) : 0);
        return (text[..index], sign * offset);
    }

    public static string FormatLocalDateTime(DateTime value) =>
        FormatDate(DateOnly.FromDateTime(value)) + "T" + FormatTime(TimeOnly.FromDateTime(value));

    public static DateTime ParseLocalDateTime(string text)
    {
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            throw new FormatException($"'{text}' is not a date and time.");
        }

        return ParseDate(text[..t]).ToDateTime(ParseTime(text[(t + 1)..]), DateTimeKind.Unspecified);
    }

    public static string FormatOffsetDateTime(DateTimeOffset value) =>
        FormatLocalDateTime(value.DateTime) + FormatOffset(value.Offset);

    public static DateTimeOffset ParseOffsetDateTime(string text)
    {
        var (local, offset) = SplitOffset(text);
        return new DateTimeOffset(ParseLocalDateTime(local), offset);
    }
}
