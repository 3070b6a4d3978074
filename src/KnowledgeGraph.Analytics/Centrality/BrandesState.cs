using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Centrality;

/// <summary>
/// Per-thread scratch of Brandes' algorithm. Predecessors are not stored: in the backward pass a neighbour w of v
/// is a shortest-path successor exactly when its distance is v's plus the edge length, which avoids per-node lists.
/// In the weighted run the hop count array holds the settle position instead (-1 while unsettled).
/// </summary>
internal sealed class BrandesState
{
    private readonly int[] _order;
    private readonly int[] _hops;
    private readonly NodeState[] _nodes;
    private readonly double[] _distance;
    private int _count;

    public BrandesState(int n)
    {
        _order = new int[n];
        _hops = new int[n];
        _nodes = new NodeState[n];
        _distance = new double[n];
        Betweenness = new double[n];
        Array.Fill(_hops, -1);
        Array.Fill(_distance, double.PositiveInfinity);
    }

    public double[] Betweenness { get; }

    public void SingleSourceBfs(IndexedGraph graph, int source)
    {
        // The hot loop of exact betweenness: element access without bounds checks (indexes come from the CSR arrays,
        // which IndexedGraph validated when it was built). Every neighbour's hop count is read, so hop counts live in
        // their own compact array (4 bytes a node stays in cache on big graphs); sigma and delta, touched only along
        // shortest paths, sit side by side in another.
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(graph.Offsets);
        ref var targets = ref MemoryMarshal.GetArrayDataReference(graph.Targets);
        ref var order = ref MemoryMarshal.GetArrayDataReference(_order);
        ref var hops = ref MemoryMarshal.GetArrayDataReference(_hops);
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        Unsafe.Add(ref nodes, source).Sigma = 1;
        Unsafe.Add(ref hops, source) = 0;
        order = source;
        var head = 0;
        var tail = 1;
        while (head < tail)
        {
            var v = Unsafe.Add(ref order, head++);
            var next = Unsafe.Add(ref hops, v) + 1;
            var sv = Unsafe.Add(ref nodes, v).Sigma;
            var end = Unsafe.Add(ref offsets, v + 1);
            for (var p = Unsafe.Add(ref offsets, v); p < end; p++)
            {
                var w = Unsafe.Add(ref targets, p);
                ref var hw = ref Unsafe.Add(ref hops, w);
                if (hw < 0)
                {
                    hw = next;
                    Unsafe.Add(ref nodes, w).Sigma = sv;
                    Unsafe.Add(ref order, tail++) = w;
                }
                else if (hw == next)
                {
                    Unsafe.Add(ref nodes, w).Sigma += sv;
                }
            }
        }

        _count = tail;
    }

    public void SingleSourceDijkstra(IndexedGraph graph, int source)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var ids = graph.EdgeIds;
        var weights = graph.Weights!;
        var distance = _distance;
        var nodes = _nodes;
        var queue = new PriorityQueue<int, double>();
        distance[source] = 0;
        nodes[source].Sigma = 1;
        queue.Enqueue(source, 0);
        var count = 0;
        while (queue.TryDequeue(out var v, out var dv))
        {
            if (_hops[v] >= 0 || dv > distance[v])
            {
                continue;
            }

            _hops[v] = count;
            _order[count++] = v;
            var sv = nodes[v].Sigma;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                if (_hops[w] >= 0)
                {
                    continue;
                }

                var alt = dv + weights[ids[p]];
                if (alt < distance[w])
                {
                    distance[w] = alt;
                    nodes[w].Sigma = sv;
                    queue.Enqueue(w, alt);
                }
                else if (alt == distance[w])
                {
                    nodes[w].Sigma += sv;
                }
            }
        }

        _count = count;
    }

    /// <summary>The backward pass; also resets the scratch of the visited nodes for the next source.</summary>
    public void AccumulateDependencies(IndexedGraph graph, bool weighted)
    {
        if (weighted)
        {
            AccumulateWeighted(graph);
        }
        else
        {
            AccumulateUnweighted(graph);
        }

        for (var i = 0; i < _count; i++)
        {
            var v = _order[i];
            _hops[v] = -1;
            _nodes[v] = default;
            _distance[v] = double.PositiveInfinity;
        }
    }

    private void AccumulateUnweighted(IndexedGraph graph)
    {
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(graph.Offsets);
        ref var targets = ref MemoryMarshal.GetArrayDataReference(graph.Targets);
        ref var order = ref MemoryMarshal.GetArrayDataReference(_order);
        ref var hops = ref MemoryMarshal.GetArrayDataReference(_hops);
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var betweenness = ref MemoryMarshal.GetArrayDataReference(Betweenness);
        for (var i = _count - 1; i > 0; i--)
        {
            var v = Unsafe.Add(ref order, i);
            ref var nv = ref Unsafe.Add(ref nodes, v);
            var dv = nv.Delta;
            var coefficient = (1 + dv) / nv.Sigma;
            var previous = Unsafe.Add(ref hops, v) - 1;

            // v's predecessors are the neighbours one step closer to the source.
            var end = Unsafe.Add(ref offsets, v + 1);
            for (var p = Unsafe.Add(ref offsets, v); p < end; p++)
            {
                var u = Unsafe.Add(ref targets, p);
                if (Unsafe.Add(ref hops, u) == previous)
                {
                    ref var nu = ref Unsafe.Add(ref nodes, u);
                    nu.Delta += nu.Sigma * coefficient;
                }
            }

            Unsafe.Add(ref betweenness, v) += dv;
        }
    }

    private void AccumulateWeighted(IndexedGraph graph)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var ids = graph.EdgeIds;
        var weights = graph.Weights!;
        for (var i = _count - 1; i > 0; i--)
        {
            var v = _order[i];
            var coefficient = (1 + _nodes[v].Delta) / _nodes[v].Sigma;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = targets[p];
                if (_hops[u] >= 0 && _distance[u] + weights[ids[p]] == _distance[v])
                {
                    _nodes[u].Delta += _nodes[u].Sigma * coefficient;
                }
            }

            Betweenness[v] += _nodes[v].Delta;
        }
    }
}
