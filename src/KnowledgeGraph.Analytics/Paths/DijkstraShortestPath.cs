using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Paths;

/// <summary>
/// Dijkstra's shortest paths on an <see cref="IndexedGraph"/> (edge weights as costs; 1 per edge when unweighted).
/// Scratch arrays are reused between runs with a stamp, so repeated searches (Yen's spur paths) cost only what they
/// visit. Nodes and edges can be banned for a run. Not thread-safe: one instance per thread.
/// </summary>
public sealed class DijkstraShortestPath
{
    private readonly IndexedGraph _graph;
    private readonly double[] _distance;
    private readonly int[] _previousEdge;
    private readonly int[] _seen;
    private readonly int[] _done;
    private readonly MinHeap _heap = new();
    private int _stamp;

    public DijkstraShortestPath(IndexedGraph graph)
    {
        _graph = graph;
        _distance = new double[graph.NodeCount];
        _previousEdge = new int[graph.NodeCount];
        _seen = new int[graph.NodeCount];
        _done = new int[graph.NodeCount];
    }

    /// <summary>Distances from <paramref name="source"/> to every node (infinity when unreachable).</summary>
    public double[] Distances(int source)
    {
        Run(source, -1, null, null);
        var result = new double[_graph.NodeCount];
        for (var v = 0; v < result.Length; v++)
        {
            result[v] = _seen[v] == _stamp ? _distance[v] : double.PositiveInfinity;
        }

        return result;
    }

    /// <summary>The cheapest path from source to target avoiding banned nodes and edges; null when there is none.</summary>
    public GraphPath? FindPath(int source, int target, bool[]? bannedNodes = null, bool[]? bannedEdges = null)
    {
        if (bannedNodes is not null && (bannedNodes[source] || bannedNodes[target]))
        {
            return null;
        }

        Run(source, target, bannedNodes, bannedEdges);
        if (_done[target] != _stamp)
        {
            return null;
        }

        var nodes = new List<int> { target };
        var edges = new List<int>();
        var v = target;
        while (v != source)
        {
            var e = _previousEdge[v];
            edges.Add(e);
            v = _graph.IsDirected ? _graph.EdgeFrom[e] : _graph.Opposite(e, v);

            nodes.Add(v);
        }

        nodes.Reverse();
        edges.Reverse();
        return new GraphPath(nodes, edges, PathCost(_graph, edges));
    }

    /// <summary>Cost of an edge sequence summed in path order (the one way every caller adds costs).</summary>
    public static double PathCost(IndexedGraph graph, IReadOnlyList<int> edges)
    {
        var cost = 0.0;
        foreach (var e in edges)
        {
            cost += graph.Weight(e);
        }

        return cost;
    }

    private void Run(int source, int target, bool[]? bannedNodes, bool[]? bannedEdges)
    {
        var stamp = ++_stamp;
        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var ids = _graph.EdgeIds;
        var weights = _graph.Weights;
        _heap.Clear();
        _distance[source] = 0;
        _previousEdge[source] = -1;
        _seen[source] = stamp;
        _heap.Push(0, source);
        while (_heap.Count > 0)
        {
            var (dv, v) = _heap.Pop();
            if (_done[v] == stamp || dv > _distance[v])
            {
                continue;
            }

            _done[v] = stamp;
            if (v == target)
            {
                return;
            }

            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                var e = ids[p];
                if (_done[w] == stamp || (bannedNodes is not null && bannedNodes[w]) || (bannedEdges is not null && bannedEdges[e]))
                {
                    continue;
                }

                var alt = dv + (weights is null ? 1.0 : weights[e]);
                if (_seen[w] != stamp || alt < _distance[w])
                {
                    _seen[w] = stamp;
                    _distance[w] = alt;
                    _previousEdge[w] = e;
                    _heap.Push(alt, w);
                }
            }
        }
    }
}
