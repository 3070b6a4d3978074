using System.Globalization;

namespace KnowledgeGraph.Bench.Load;

/// <summary>What one client saw: latencies in microseconds, errors, and the ids of acknowledged writes.</summary>
internal sealed class LoadResult
{
    public List<long> LatenciesMicroseconds { get; } = new(100_000);

    public List<string> AcknowledgedWrites { get; } = [];

    public List<string> Errors { get; } = [];

    public int Reads { get; set; }

    public int Writes { get; set; }

    public static string Percentile(List<long> sorted, double p) =>
        sorted.Count == 0 ? "-" : (sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)] / 1000.0).ToString("F1", CultureInfo.InvariantCulture) + " ms";
}
