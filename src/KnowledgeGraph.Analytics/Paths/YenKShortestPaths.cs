using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Paths;

/// <summary>
/// Yen's k shortest loopless paths: the cheapest path, then for each next path a spur search from every node of
/// the previous one with the root's nodes and the already used continuations banned. Paths come cheapest first;
/// equal costs are ordered by hop count, then by node sequence, so the answer is deterministic.
/// </summary>
public sealed class YenKShortestPaths
{
    private readonly IndexedGraph _graph;
    private readonly DijkstraShortestPath _dijkstra;
    private readonly bool[] _bannedNodes;
    private readonly bool[] _bannedEdges;

    public YenKShortestPaths(IndexedGraph graph)
    {
        _graph = graph;
        _dijkstra = new DijkstraShortestPath(graph);
        _bannedNodes = new bool[graph.NodeCount];
        _bannedEdges = new bool[graph.EdgeCount];
    }

    /// <summary>Up to <paramref name="k"/> loopless paths from source to target; empty when they are not connected.</summary>
    public IReadOnlyList<GraphPath> Find(int source, int target, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (source == target)
        {
            throw new ArgumentException("Source and target must differ.", nameof(target));
        }

        var first = _dijkstra.FindPath(source, target);
        if (first is null)
        {
            return [];
        }

        var accepted = new List<GraphPath> { first };
        var candidates = new SortedSet<GraphPath>(PathComparer.Instance);
        var known = new HashSet<string>(StringComparer.Ordinal) { Key(first) };
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Nodes.Count - 1; i++)
            {
                var spur = previous.Nodes[i];
                var banned = new List<int>();
                foreach (var path in accepted)
                {
                    if (path.Edges.Count > i && SharesRoot(path, previous, i))
                    {
                        var e = path.Edges[i];
                        if (!_bannedEdges[e])
                        {
                            _bannedEdges[e] = true;
                            banned.Add(e);
                        }
                    }
                }

                for (var j = 0; j < i; j++)
                {
                    _bannedNodes[previous.Nodes[j]] = true;
                }

                var spurPath = _dijkstra.FindPath(spur, target, _bannedNodes, _bannedEdges);
                for (var j = 0; j < i; j++)
                {
                    _bannedNodes[previous.Nodes[j]] = false;
                }

                foreach (var e in banned)
                {
                    _bannedEdges[e] = false;
                }

                if (spurPath is null)
                {
                    continue;
                }

                var nodes = new List<int>(i + spurPath.Nodes.Count);
                var edges = new List<int>(i + spurPath.Edges.Count);
                for (var j = 0; j < i; j++)
                {
                    nodes.Add(previous.Nodes[j]);
                    edges.Add(previous.Edges[j]);
                }

                nodes.AddRange(spurPath.Nodes);
                edges.AddRange(spurPath.Edges);
                var candidate = new GraphPath(nodes, edges, DijkstraShortestPath.PathCost(_graph, edges));
                if (known.Add(Key(candidate)))
                {
                    candidates.Add(candidate);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = candidates.Min!;
            candidates.Remove(best);
            accepted.Add(best);
        }

        return accepted;
    }

    private static bool SharesRoot(GraphPath path, GraphPath previous, int length)
    {
        for (var j = 0; j < length; j++)
        {
            if (path.Edges[j] != previous.Edges[j])
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(GraphPath path) => string.Join(',', path.Edges);

    private sealed class PathComparer : IComparer<GraphPath>
    {
        public static readonly PathComparer Instance = new();

        public int Compare(GraphPath? x, GraphPath? y)
        {
            var c = x!.Cost.CompareTo(y!.Cost);
            if (c != 0)
            {
                return c;
            }

            c = x.Edges.Count.CompareTo(y.Edges.Count);
            for (var i = 0; c == 0 && i < x.Nodes.Count; i++)
            {
                c = x.Nodes[i].CompareTo(y.Nodes[i]);
            }

            for (var i = 0; c == 0 && i < x.Edges.Count; i++)
            {
                c = x.Edges[i].CompareTo(y.Edges[i]);
            }

            return c;
        }
    }
}
