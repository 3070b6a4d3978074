using System.Globalization;

namespace KnowledgeGraph.Bench.Analytics;

/// <summary>Command-line options: --scenario, --nodes, --degree, --seed, --repeats, --threads, --samples, --pairs, --k, --warmup, --edges-out, --values-out.</summary>
internal sealed record Options(
    string Scenario, int Nodes, int Degree, int Seed, int Repeats, int Threads, int Samples, int Pairs, int K, int Warmup, string? EdgesOut, string? ValuesOut)
{
    public static Options Parse(string[] args)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            map[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string key, int fallback) => map.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Options(
            map.GetValueOrDefault("scenario") ?? "betweenness-exact",
            Int("nodes", 10_000),
            Int("degree", 3),
            Int("seed", 1),
            Int("repeats", 3),
            Int("threads", Environment.ProcessorCount),
            Int("samples", 256),
            Int("pairs", 10),
            Int("k", 3),
            Int("warmup", 1),
            map.GetValueOrDefault("edges-out"),
            map.GetValueOrDefault("values-out"));
    }
}
