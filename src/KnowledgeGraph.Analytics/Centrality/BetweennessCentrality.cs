using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Centrality;

/// <summary>
/// Brandes' betweenness centrality on an undirected <see cref="IndexedGraph"/>: breadth-first search when
/// unweighted, Dijkstra on <see cref="IndexedGraph.Weights"/> when weighted. Sources are split across threads, each
/// with its own accumulator; the accumulators are summed in a fixed order so results do not depend on scheduling.
/// Normalisation is networkx's <c>betweenness_centrality(G, normalized=True)</c> for undirected graphs: each pair
/// is counted from both ends and the sum is scaled by 1/((n-1)(n-2)); with k sampled sources it is further scaled
/// by n/k (networkx 2.x and 3.0–3.4 do exactly this).
/// </summary>
public sealed class BetweennessCentrality
{
    private readonly IndexedGraph _graph;

    public BetweennessCentrality(IndexedGraph graph)
    {
        if (graph.IsDirected)
        {
            throw new ArgumentException("Betweenness is computed on undirected graphs here.", nameof(graph));
        }

        _graph = graph;
    }

    /// <summary>Use edge weights (Dijkstra) rather than hop counts (BFS).</summary>
    public bool Weighted { get; init; }

    /// <summary>Scale as networkx's normalized=True; when false, raw pair counts (each unordered pair once).</summary>
    public bool Normalized { get; init; } = true;

    /// <summary>Worker threads; defaults to the processor count.</summary>
    public int DegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Exact betweenness: every node is a source.</summary>
    public double[] Compute(CancellationToken cancellationToken = default)
    {
        var sources = new int[_graph.NodeCount];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = i;
        }

        return Run(sources, exact: true, cancellationToken);
    }

    /// <summary>Approximate betweenness from <paramref name="k"/> sources drawn without replacement with <paramref name="seed"/>.</summary>
    public double[] ComputeSampled(int k, int seed, CancellationToken cancellationToken = default) =>
        ComputeFromSources(SampleSources(_graph.NodeCount, k, seed), cancellationToken);

    /// <summary>Approximate betweenness from the given distinct sources, scaled by n/k.</summary>
    public double[] ComputeFromSources(IReadOnlyList<int> sources, CancellationToken cancellationToken = default)
    {
        var copy = sources.ToArray();
        if (copy.Distinct().Count() != copy.Length || copy.Any(s => (uint)s >= (uint)_graph.NodeCount))
        {
            throw new ArgumentException("Sources must be distinct node indexes.", nameof(sources));
        }

        return Run(copy, exact: false, cancellationToken);
    }

    /// <summary>A partial Fisher–Yates shuffle: the first k of a seeded permutation of 0..n-1.</summary>
    public static int[] SampleSources(int n, int k, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        var random = new Random(seed);
        var pool = new int[n];
        for (var i = 0; i < n; i++)
        {
            pool[i] = i;
        }

        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, n);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool[..k];
    }

    private double[] Run(int[] sources, bool exact, CancellationToken cancellationToken)
    {
        // Work on a copy renumbered for memory locality; sources go in and results come out in the caller's numbering.
        var n = _graph.NodeCount;
        var newIndexOf = LocalityOrder.NewIndexes(_graph);
        var graph = _graph.Relabel(newIndexOf);
        var k = sources.Length;
        int[]? leaves = null;
        if (exact)
        {
            (sources, leaves) = FoldLeaves(graph);
        }
        else
        {
            sources = Array.ConvertAll(sources, s => newIndexOf[s]);
        }

        var workers = Math.Clamp(Math.Min(DegreeOfParallelism, sources.Length), 1, 64);
        var partial = new double[workers][];
        if (workers == 1)
        {
            partial[0] = Accumulate(graph, sources, leaves, 0, 1, cancellationToken);
        }
        else
        {
            Parallel.For(
                0,
                workers,
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                w => partial[w] = Accumulate(graph, sources, leaves, w, workers, cancellationToken));
        }

        var sum = partial[0];
        for (var w = 1; w < workers; w++)
        {
            var p = partial[w];
            for (var v = 0; v < n; v++)
            {
                sum[v] += p[v];
            }
        }

        var scale = Scale(n, k);
        var result = new double[n];
        for (var v = 0; v < n; v++)
        {
            result[v] = sum[newIndexOf[v]] * scale;
        }

        return result;
    }

    // A leaf u hanging off v sees the graph exactly as v does, one hop further: the same shortest paths, so the same
    // dependencies on every node but v, and it depends on v for every other node it reaches. So leaves are not
    // searched from; their neighbour's search counts once more per leaf (see Accumulate). A leaf is one adjacency
    // slot whose neighbour has others; a lone edge's two ends stay sources.
    private static (int[] Sources, int[] Leaves) FoldLeaves(IndexedGraph graph)
    {
        var n = graph.NodeCount;
        var offsets = graph.Offsets;
        var leaves = new int[n];
        var sources = new List<int>(n);
        for (var v = 0; v < n; v++)
        {
            var u = offsets[v + 1] - offsets[v] == 1 ? graph.Targets[offsets[v]] : -1;
            if (u >= 0 && offsets[u + 1] - offsets[u] > 1)
            {
                leaves[u]++;
            }
            else
            {
                sources.Add(v);
            }
        }

        return ([.. sources], leaves);
    }

    private double Scale(int n, int k)
    {
        double scale;
        if (Normalized)
        {
            if (n <= 2)
            {
                return 1.0;
            }

            scale = 1.0 / ((n - 1.0) * (n - 2.0));
        }
        else
        {
            scale = 0.5;
        }

        return k == n ? scale : scale * n / k;
    }

    // Sources w, w + stride, w + 2·stride, ...: interleaving balances big and small components across workers. The
    // partition is fixed, and so is the order of summation, so results do not depend on thread scheduling.
    private double[] Accumulate(IndexedGraph graph, int[] sources, int[]? leaves, int first, int stride, CancellationToken cancellationToken)
    {
        var state = new BrandesState(graph, Weighted);
        var betweenness = state.Betweenness;
        for (var i = first; i < sources.Length; i += stride)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = sources[i];
            var folded = leaves is null ? 0 : leaves[source];
            if (Weighted)
            {
                state.AccumulateDijkstra(graph, source, 1 + folded);
            }
            else
            {
                state.AccumulateBfs(graph, source, 1 + folded);
            }

            // Each folded leaf depends on the source for every node it reaches besides the two of them.
            if (folded > 0)
            {
                betweenness[source] += folded * (state.Reached - 2.0);
            }
        }

        return betweenness;
    }
}
