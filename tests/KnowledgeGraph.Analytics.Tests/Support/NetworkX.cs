using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Tests.Support;

/// <summary>
/// Runs networkx (Debian's python3-networkx, installed by scripts/deps/analytics.sh) on a batch of graphs in one
/// python process and returns its betweenness values and, for sampled runs, the sources it drew.
/// </summary>
internal static class NetworkX
{
    public const string Python = "/usr/bin/python3";

    public sealed record Request(IndexedGraph Graph, bool Weighted, int? K = null, int? Seed = null);

    public sealed record Answer(double[] Values, int[]? Sources);

    public static IReadOnlyList<Answer> Betweenness(IReadOnlyList<Request> requests)
    {
        var payload = requests.Select(r => new
        {
            n = r.Graph.NodeCount,
            edges = Enumerable.Range(0, r.Graph.EdgeCount).Select(e => new object[] { r.Graph.EdgeFrom[e], r.Graph.EdgeTo[e], r.Graph.Weight(e) }),
            weighted = r.Weighted,
            k = r.K,
            seed = r.Seed,
        });
        var script = Path.Combine(AppContext.BaseDirectory, "Support", "networkx_betweenness.py");
        var start = new ProcessStartInfo(Python, [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        process.StandardInput.Write(JsonSerializer.Serialize(payload));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("networkx took longer than a minute");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"networkx failed ({process.ExitCode}): {stderr.Result}");
        }

        using var json = JsonDocument.Parse(stdout.Result);
        return [.. json.RootElement.EnumerateArray().Select(a => new Answer(
            [.. a.GetProperty("values").EnumerateArray().Select(v => v.GetDouble())],
            a.GetProperty("sources").ValueKind == JsonValueKind.Null ? null : [.. a.GetProperty("sources").EnumerateArray().Select(v => v.GetInt32())]))];
    }
}
