using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Centrality;

/// <summary>
/// Per-thread scratch of Brandes' algorithm. Predecessors are not stored: in the backward pass a neighbour w of v
/// is a shortest-path successor exactly when its distance is v's plus the edge length, which avoids per-node lists.
/// </summary>
internal sealed class BrandesState
{
    private readonly int[] _order;
    private readonly double[] _sigma;
    private readonly double[] _delta;
    private readonly int[] _hops;
    private readonly double[] _distance;
    private int _count;

    public BrandesState(int n)
    {
        _order = new int[n];
        _sigma = new double[n];
        _delta = new double[n];
        _hops = new int[n];
        _distance = new double[n];
        Betweenness = new double[n];
        Array.Fill(_hops, -1);
        Array.Fill(_distance, double.PositiveInfinity);
    }

    public double[] Betweenness { get; }

    public void SingleSourceBfs(IndexedGraph graph, int source)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var order = _order;
        var hops = _hops;
        var sigma = _sigma;
        sigma[source] = 1;
        hops[source] = 0;
        order[0] = source;
        var head = 0;
        var tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            var next = hops[v] + 1;
            var sv = sigma[v];
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                if (hops[w] < 0)
                {
                    hops[w] = next;
                    order[tail++] = w;
                    sigma[w] = sv;
                }
                else if (hops[w] == next)
                {
                    sigma[w] += sv;
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
        var sigma = _sigma;
        var settled = _hops;
        var queue = new PriorityQueue<int, double>();
        distance[source] = 0;
        sigma[source] = 1;
        queue.Enqueue(source, 0);
        var count = 0;
        while (queue.TryDequeue(out var v, out var dv))
        {
            if (settled[v] >= 0 || dv > distance[v])
            {
                continue;
            }

            settled[v] = count;
            _order[count++] = v;
            var sv = sigma[v];
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                if (settled[w] >= 0)
                {
                    continue;
                }

                var alt = dv + weights[ids[p]];
                if (alt < distance[w])
                {
                    distance[w] = alt;
                    sigma[w] = sv;
                    queue.Enqueue(w, alt);
                }
                else if (alt == distance[w])
                {
                    sigma[w] += sv;
                }
            }
        }

        _count = count;
    }

    /// <summary>The backward pass; also resets the scratch of the visited nodes for the next source.</summary>
    public void AccumulateDependencies(IndexedGraph graph, bool weighted)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var ids = graph.EdgeIds;
        var weights = graph.Weights;
        var order = _order;
        var sigma = _sigma;
        var delta = _delta;
        var hops = _hops;
        var distance = _distance;
        var betweenness = Betweenness;
        for (var i = _count - 1; i > 0; i--)
        {
            var v = order[i];
            var coefficient = (1 + delta[v]) / sigma[v];

            // v's predecessors u are the neighbours one step closer to the source.
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = targets[p];
                var isPredecessor = weighted
                    ? hops[u] >= 0 && distance[u] + weights![ids[p]] == distance[v]
                    : hops[u] == hops[v] - 1 && hops[u] >= 0;
                if (isPredecessor)
                {
                    delta[u] += sigma[u] * coefficient;
                }
            }

            betweenness[v] += delta[v];
        }

        for (var i = 0; i < _count; i++)
        {
            var v = order[i];
            sigma[v] = 0;
            delta[v] = 0;
            hops[v] = -1;
            distance[v] = double.PositiveInfinity;
        }
    }
}
