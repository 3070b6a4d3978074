using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Paths;

/// <summary>
/// Dijkstra's shortest paths on an <see cref="IndexedGraph"/> (edge weights as costs; 1 per edge when unweighted).
/// Scratch arrays are reused between runs with a stamp, so repeated searches (Yen's spur paths) cost only what they
/// visit. Nodes and edges can be banned for a run. A path between two nodes of an undirected graph is searched from
/// both ends at once: on small-world graphs two balls of half the radius hold far fewer nodes than one of the whole
/// radius. Not thread-safe: one instance per thread.
/// </summary>
public sealed class DijkstraShortestPath
{
    private readonly IndexedGraph _graph;
    private readonly double[] _distance;
    private readonly int[] _previousEdge;
    private readonly int[] _seen;
    private readonly int[] _done;
    private readonly MinHeap _heap = new();

    // The search from the target (undirected paths): distance to the target and the edge towards it.
    private readonly double[] _distanceBack;
    private readonly int[] _nextEdge;
    private readonly int[] _seenBack;
    private readonly int[] _doneBack;
    private readonly MinHeap _heapBack = new();
    private int _stamp;

    public DijkstraShortestPath(IndexedGraph graph)
    {
        _graph = graph;
        _distance = new double[graph.NodeCount];
        _previousEdge = new int[graph.NodeCount];
        _seen = new int[graph.NodeCount];
        _done = new int[graph.NodeCount];
        var back = graph.IsDirected ? 0 : graph.NodeCount;
        _distanceBack = new double[back];
        _nextEdge = new int[back];
        _seenBack = new int[back];
        _doneBack = new int[back];
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

        if (!_graph.IsDirected)
        {
            return Bidirectional(source, target, bannedNodes, bannedEdges);
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
            v = _graph.EdgeFrom[e];
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

    // Two searches, one from each end, each expanding the side whose next node is nearer. Every edge relaxed towards
    // a node the other side has reached offers a path; the best offer is final once the two next distances add up to
    // at least its cost (Goldberg's stopping rule). Heap keys of stale entries only make that rule stop later.
    private GraphPath? Bidirectional(int source, int target, bool[]? bannedNodes, bool[]? bannedEdges)
    {
        if (source == target)
        {
            return new GraphPath([source], [], 0);
        }

        var stamp = ++_stamp;
        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var ids = _graph.EdgeIds;
        var weights = _graph.Weights;
        _heap.Clear();
        _heapBack.Clear();
        _distance[source] = 0;
        _previousEdge[source] = -1;
        _seen[source] = stamp;
        _heap.Push(0, source);
        _distanceBack[target] = 0;
        _nextEdge[target] = -1;
        _seenBack[target] = stamp;
        _heapBack.Push(0, target);
        var best = double.PositiveInfinity;
        int meetFrom = -1, meetTo = -1, meetEdge = -1;
        while (_heap.Count > 0 && _heapBack.Count > 0)
        {
            var forward = _heap.PeekKey <= _heapBack.PeekKey;
            if (_heap.PeekKey + _heapBack.PeekKey >= best)
            {
                break;
            }

            var (heap, distance, via, seen, done) = forward
                ? (_heap, _distance, _previousEdge, _seen, _done)
                : (_heapBack, _distanceBack, _nextEdge, _seenBack, _doneBack);
            var (otherDistance, otherSeen) = forward ? (_distanceBack, _seenBack) : (_distance, _seen);
            var (dv, v) = heap.Pop();
            if (done[v] == stamp || dv > distance[v])
            {
                continue;
            }

            done[v] = stamp;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var w = targets[p];
                var e = ids[p];
                if (done[w] == stamp || (bannedNodes is not null && bannedNodes[w]) || (bannedEdges is not null && bannedEdges[e]))
                {
                    continue;
                }

                var alt = dv + (weights is null ? 1.0 : weights[e]);
                if (seen[w] != stamp || alt < distance[w])
                {
                    seen[w] = stamp;
                    distance[w] = alt;
                    via[w] = e;
                    heap.Push(alt, w);
                }

                if (otherSeen[w] == stamp && alt + otherDistance[w] < best)
                {
                    best = alt + otherDistance[w];
                    (meetFrom, meetTo, meetEdge) = forward ? (v, w, e) : (w, v, e);
                }
            }
        }

        if (meetEdge < 0)
        {
            return null;
        }

        // Source .. meetFrom by the forward tree, the meeting edge, then meetTo .. target by the backward tree.
        var nodes = new List<int>();
        var edges = new List<int>();
        for (var x = meetFrom; x != source; x = _graph.Opposite(_previousEdge[x], x))
        {
            nodes.Add(x);
            edges.Add(_previousEdge[x]);
        }

        nodes.Add(source);
        nodes.Reverse();
        edges.Reverse();
        edges.Add(meetEdge);
        for (var x = meetTo; ; x = _graph.Opposite(_nextEdge[x], x))
        {
            nodes.Add(x);
            if (x == target)
            {
                break;
            }

            edges.Add(_nextEdge[x]);
        }

        return new GraphPath(nodes, edges, PathCost(_graph, edges));
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
