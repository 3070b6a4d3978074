using System.Globalization;

namespace KnowledgeGraph.Bench.Load;

/// <summary>Command line: <c>--url URL [--key KEY] [--clients 64] [--seconds 60] [--write-percent 20]</c>.</summary>
internal sealed record LoadOptions(Uri Url, string? Key, int Clients, TimeSpan Duration, int WritePercent)
{
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new LoadOptions(
            new Uri(values.TryGetValue("--url", out var url) ? url : throw new ArgumentException("--url is required")),
            values.GetValueOrDefault("--key"),
            Int("--clients", 64),
            TimeSpan.FromSeconds(Int("--seconds", 60)),
            Int("--write-percent", 20));
    }
}
