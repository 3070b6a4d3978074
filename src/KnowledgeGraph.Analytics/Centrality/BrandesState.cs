using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Paths;

namespace KnowledgeGraph.Analytics.Centrality;

/// <summary>
/// Per-thread scratch of Brandes' algorithm, allocated once and reused for every source; a source costs only what
/// it visits. The forward search writes the visit order and, per visited node in that order, its shortest-path
/// successors (unweighted) or predecessors (weighted) into one flat array, so the backward pass reads the
/// dependency DAG sequentially instead of re-scanning and re-testing every adjacency slot.
/// </summary>
internal sealed unsafe class BrandesState
{
    private const int PrefetchDistance = 16;

    // Unweighted: 0 = unvisited, else 1 + (hop count mod 3). A neighbour of a node at hop h is at h - 1, h or h + 1,
    // and those three are told apart mod 3, so one byte a node suffices (1 MB at a million nodes stays in cache).
    private readonly byte[] _level;
    private readonly int[] _order;
    // Path counts; in the unweighted backward pass each is replaced by (1 + delta) / sigma once delta is final.
    private readonly double[] _sigma;
    private readonly int[] _dag;
    private readonly int[] _dagStart;

    // Weighted only: dependencies and distances.
    private readonly double[] _dependency;
    private readonly double[] _distance;
    private readonly MinHeap? _heap;
    private int _count;

    public BrandesState(IndexedGraph graph, bool weighted)
    {
        var n = graph.NodeCount;
        _level = new byte[n];
        _order = new int[n];
        _sigma = new double[n];
        _dag = new int[graph.Targets.Length];
        _dagStart = new int[n + 1];
        _dependency = weighted ? new double[n] : [];
        _distance = weighted ? new double[n] : [];
        if (weighted)
        {
            Array.Fill(_distance, double.PositiveInfinity);
            _heap = new MinHeap();
        }

        Betweenness = new double[n];
    }

    public double[] Betweenness { get; }

    /// <summary>Nodes reached by the last search, the source included.</summary>
    public int Reached => _count;

    /// <summary>
    /// Adds the dependencies of <paramref name="source"/> times <paramref name="multiplicity"/> to every node but
    /// the source (several sources with the same dependencies, see <see cref="BetweennessCentrality"/>).
    /// </summary>
    public void AccumulateBfs(IndexedGraph graph, int source, double multiplicity)
    {
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(graph.Offsets);
        ref var targets = ref MemoryMarshal.GetArrayDataReference(graph.Targets);
        ref var level = ref MemoryMarshal.GetArrayDataReference(_level);
        ref var order = ref MemoryMarshal.GetArrayDataReference(_order);
        ref var sigma = ref MemoryMarshal.GetArrayDataReference(_sigma);
        ref var dag = ref MemoryMarshal.GetArrayDataReference(_dag);
        ref var dagStart = ref MemoryMarshal.GetArrayDataReference(_dagStart);

        // Forward: breadth-first, counting shortest paths and listing each node's successors (the neighbours one hop
        // further that it reaches first or equally first), indexed by the node's position in the order. Element access
        // skips bounds checks: indexes come from the CSR arrays, which IndexedGraph validated when it was built.
        // On big graphs the search waits on memory, not arithmetic; the queue says which nodes come next, so their
        // offsets, path counts and adjacency rows are fetched ahead of use (PrefetchDistance nodes ahead).
        Unsafe.Add(ref level, source) = 1;
        Unsafe.Add(ref sigma, source) = 1;
        order = source;
        var head = 0;
        var tail = 1;
        var s = 0;
        while (head < tail)
        {
            var v = Unsafe.Add(ref order, head);
            if (Sse.IsSupported && head + PrefetchDistance < tail)
            {
                var ahead = Unsafe.Add(ref order, head + PrefetchDistance);
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref offsets, ahead)));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref sigma, ahead)));
                var nearer = Unsafe.Add(ref order, head + (PrefetchDistance / 2));
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref targets, Unsafe.Add(ref offsets, nearer))));
            }

            Unsafe.Add(ref dagStart, head++) = s;
            var code = Unsafe.Add(ref level, v);
            var next = (byte)(code == 3 ? 1 : code + 1);
            var sv = Unsafe.Add(ref sigma, v);
            var end = Unsafe.Add(ref offsets, v + 1);
            for (var p = Unsafe.Add(ref offsets, v); p < end; p++)
            {
                var w = Unsafe.Add(ref targets, p);
                ref var lw = ref Unsafe.Add(ref level, w);
                if (lw == 0)
                {
                    lw = next;
                    Unsafe.Add(ref sigma, w) = sv;
                    Unsafe.Add(ref order, tail++) = w;
                    Unsafe.Add(ref dag, s++) = w;
                }
                else if (lw == next)
                {
                    Unsafe.Add(ref sigma, w) += sv;
                    Unsafe.Add(ref dag, s++) = w;
                }
            }
        }

        Unsafe.Add(ref dagStart, tail) = s;
        _count = tail;

        // Backward, in reverse visit order: delta(v) = sigma(v) · Σ over successors w of (1 + delta(w)) / sigma(w).
        // Successors come later in the order, so their coefficient is final when v is reached; and v's own path
        // count is needed by v alone from here on, so its coefficient overwrites it (one array of doubles, not two,
        // competes for the cache).
        ref var betweenness = ref MemoryMarshal.GetArrayDataReference(Betweenness);
        for (var i = tail - 1; i > 0; i--)
        {
            var v = Unsafe.Add(ref order, i);
            var sum = 0.0;
            var stop = Unsafe.Add(ref dagStart, i + 1);
            for (var j = Unsafe.Add(ref dagStart, i); j < stop; j++)
            {
                sum += Unsafe.Add(ref sigma, Unsafe.Add(ref dag, j));
            }

            ref var sv = ref Unsafe.Add(ref sigma, v);
            var delta = sv * sum;
            sv = (1 + delta) / sv;
            Unsafe.Add(ref betweenness, v) += multiplicity * delta;
            Unsafe.Add(ref level, v) = 0;
        }

        Unsafe.Add(ref level, source) = 0;
    }

    /// <summary>Dijkstra on link costs, then the backward pass; adds the source's dependencies to every other node.</summary>
    public void AccumulateDijkstra(IndexedGraph graph, int source, double multiplicity)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var ids = graph.EdgeIds;
        var weights = graph.Weights!;
        var distance = _distance;
        var sigma = _sigma;
        var settled = _level;
        var order = _order;
        var dag = _dag;
        var dagStart = _dagStart;
        var heap = _heap!;

        // Forward: a node's predecessors are final when it is settled (weights are positive): the settled neighbours
        // u with distance(u) + cost = distance(v). Its path count is theirs summed, its predecessors listed.
        heap.Clear();
        distance[source] = 0;
        heap.Push(0, source);
        var count = 0;
        var s = 0;
        while (heap.Count > 0)
        {
            var (dv, v) = heap.Pop();
            if (settled[v] != 0 || dv > distance[v])
            {
                continue;
            }

            settled[v] = 1;
            dagStart[count] = s;
            order[count++] = v;
            var sv = v == source ? 1.0 : 0.0;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                var cost = weights[ids[p]];
                if (settled[w] != 0)
                {
                    if (distance[w] + cost == dv)
                    {
                        sv += sigma[w];
                        dag[s++] = w;
                    }

                    continue;
                }

                var alt = dv + cost;
                if (alt < distance[w])
                {
                    distance[w] = alt;
                    heap.Push(alt, w);
                }
            }

            sigma[v] = sv;
            _dependency[v] = 0;
        }

        dagStart[count] = s;
        _count = count;

        // Backward: push each node's share to its predecessors.
        var delta = _dependency;
        for (var i = count - 1; i > 0; i--)
        {
            var v = order[i];
            var coefficient = (1 + delta[v]) / sigma[v];
            for (var j = dagStart[i]; j < dagStart[i + 1]; j++)
            {
                var u = dag[j];
                delta[u] += sigma[u] * coefficient;
            }

            Betweenness[v] += multiplicity * delta[v];
        }

        for (var i = 0; i < count; i++)
        {
            var v = order[i];
            settled[v] = 0;
            distance[v] = double.PositiveInfinity;
        }
    }
}
