using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Analytics.Centrality;
using KnowledgeGraph.Analytics.Connectivity;
using KnowledgeGraph.Analytics.Coordination;
using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Paths;
using KnowledgeGraph.Bench.Analytics;
using KnowledgeGraph.Bench.Generator;

// One scenario per process so peak RSS belongs to that scenario alone. bench/analytics/run.sh drives it and igraph.
var options = Options.Parse(args);
var result = new Dictionary<string, object>
{
    ["scenario"] = options.Scenario,
    ["nodes"] = options.Nodes,
    ["degree"] = options.Degree,
    ["seed"] = options.Seed,
};

// Build the graph the way the product does: the bench generator's graph as `kg import` loads it, streamed into a
// snapshot, then the coordination network. Varying links per node leaves bridges and cut nodes to find.
var generator = new ImportedGraph(new PreferentialAttachmentGenerator(options.Nodes, options.Degree, (ulong)options.Seed, varyLinks: true));
var clock = Stopwatch.StartNew();
var builder = new GraphSnapshotBuilder();
foreach (var node in generator.Nodes())
{
    builder.AddNode(node);
}

foreach (var relationship in generator.Relationships())
{
    builder.AddRelationship(relationship);
}

var snapshot = builder.Build();
result["snapshotSeconds"] = clock.Elapsed.TotalSeconds;
clock.Restart();
var network = CoordinationNetwork.Build(snapshot);
var graph = network.Graph;
result["networkSeconds"] = clock.Elapsed.TotalSeconds;
result["edges"] = graph.EdgeCount;
GC.Collect();

if (options.EdgesOut is { } edgesOut)
{
    using var writer = new StreamWriter(edgesOut);
    for (var e = 0; e < graph.EdgeCount; e++)
    {
        writer.Write(graph.EdgeFrom[e].ToString(CultureInfo.InvariantCulture));
        writer.Write(' ');
        writer.Write(graph.EdgeTo[e].ToString(CultureInfo.InvariantCulture));
        writer.Write(' ');
        writer.WriteLine(graph.Weight(e).ToString("R", CultureInfo.InvariantCulture));
    }
}

switch (options.Scenario)
{
    case "betweenness-exact":
        {
            double[] values = [];
            result["seconds"] = Measure(options.Repeats, () => values = new BetweennessCentrality(graph) { Normalized = false, DegreeOfParallelism = options.Threads }.Compute());
            File.WriteAllLines(options.ValuesOut ?? "values.txt", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
            break;
        }

    case "betweenness-sampled":
        {
            double[] values = [];
            result["seconds"] = Measure(options.Repeats, () => values = new BetweennessCentrality(graph) { DegreeOfParallelism = options.Threads }.ComputeSampled(options.Samples, options.Seed));
            result["sources"] = options.Samples;
            result["maxValue"] = values.Max();
            break;
        }

    case "connectivity":
        {
            ArticulationPointsAndBridges? cuts = null;
            ConnectedComponents? components = null;
            result["seconds"] = Measure(options.Repeats, () =>
            {
                cuts = new ArticulationPointsAndBridges(graph).Compute();
                components = new ConnectedComponents(graph).Compute();
            });
            result["articulationPoints"] = cuts!.ArticulationPoints.Count(x => x);
            result["articulationIndexSum"] = cuts.ArticulationPoints.Select((x, v) => x ? (long)v : 0L).Sum();
            result["bridges"] = cuts.Bridges.Length;
            result["bridgeEndSum"] = cuts.Bridges.Sum(e => (long)graph.EdgeFrom[e] + graph.EdgeTo[e]);
            result["components"] = components!.Count;
            break;
        }

    case "paths":
        {
            var random = new Random(options.Seed);
            var pairs = Enumerable.Range(0, options.Pairs).Select(_ => (random.Next(graph.NodeCount), random.Next(graph.NodeCount))).Where(p => p.Item1 != p.Item2).ToList();
            var costs = new List<double[]>();
            var perQuery = new List<double>();
            var yen = new YenKShortestPaths(graph);
            yen.Find(pairs[0].Item1, pairs[0].Item2, options.K);
            foreach (var (from, to) in pairs)
            {
                var watch = Stopwatch.StartNew();
                var paths = yen.Find(from, to, options.K);
                perQuery.Add(watch.Elapsed.TotalSeconds);
                costs.Add([.. paths.Select(p => p.Cost)]);
            }

            perQuery.Sort();
            result["seconds"] = perQuery[perQuery.Count / 2];
            result["maxSeconds"] = perQuery[^1];
            result["pairs"] = pairs.Select(p => new[] { p.Item1, p.Item2 }).ToList();
            result["costs"] = costs;
            result["k"] = options.K;
            break;
        }

    default:
        throw new ArgumentException($"Unknown scenario {options.Scenario}");
}

result["peakRssMb"] = PeakRssMb();
Console.WriteLine(JsonSerializer.Serialize(result));

// Median wall-clock seconds of the timed runs after --warmup untimed runs (JIT, page faults); CPU seconds of the
// same runs go to cpuSeconds, since a shared machine stretches wall-clock time unevenly.
double Measure(int repeats, Action action)
{
    for (var i = 0; i < options.Warmup; i++)
    {
        action();
    }

    var times = new List<double>();
    var cpu = new List<double>();
    for (var i = 0; i < repeats; i++)
    {
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed.TotalSeconds);
        cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    times.Sort();
    cpu.Sort();
    result["cpuSeconds"] = cpu[cpu.Count / 2];
    result["allSeconds"] = times;
    return times[times.Count / 2];
}

static double PeakRssMb()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
        {
            return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    return double.NaN;
}
