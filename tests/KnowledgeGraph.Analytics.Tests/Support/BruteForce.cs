using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Tests.Support;

/// <summary>Slow, obviously correct reference answers for property tests.</summary>
internal static class BruteForce
{
    /// <summary>
    /// Betweenness from all-pairs distances and shortest-path counts (Bellman–Ford distances, then path counts by
    /// increasing distance, from every source): for each
    /// unordered pair s, t and each v, add sigma(s,v)·sigma(v,t)/sigma(s,t) when d(s,v)+d(v,t) = d(s,t).
    /// Normalised by the number of unordered pairs of the other n-1 nodes, as networkx does.
    /// </summary>
    public static double[] Betweenness(IndexedGraph g, bool weighted)
    {
        var n = g.NodeCount;
        var d = new double[n, n];
        var count = new double[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                d[a, b] = a == b ? 0 : double.PositiveInfinity;
                count[a, b] = a == b ? 1 : 0;
            }
        }

        for (var s = 0; s < n; s++)
        {
            var dist = new double[n];
            Array.Fill(dist, double.PositiveInfinity);
            dist[s] = 0;
            for (var round = 0; round < n; round++)
            {
                for (var e = 0; e < g.EdgeCount; e++)
                {
                    var w = weighted ? g.Weight(e) : 1.0;
                    var (x, y) = (g.EdgeFrom[e], g.EdgeTo[e]);
                    if (dist[x] + w < dist[y])
                    {
                        dist[y] = dist[x] + w;
                    }

                    if (dist[y] + w < dist[x])
                    {
                        dist[x] = dist[y] + w;
                    }
                }
            }

            // sigma by processing nodes in increasing distance.
            var sigma = new double[n];
            sigma[s] = 1;
            foreach (var v in Enumerable.Range(0, n).Where(v => v != s && !double.IsInfinity(dist[v])).OrderBy(v => dist[v]))
            {
                for (var e = 0; e < g.EdgeCount; e++)
                {
                    var w = weighted ? g.Weight(e) : 1.0;
                    var (x, y) = (g.EdgeFrom[e], g.EdgeTo[e]);
                    if (y == v && dist[x] + w == dist[v])
                    {
                        sigma[v] += sigma[x];
                    }
                    else if (x == v && dist[y] + w == dist[v])
                    {
                        sigma[v] += sigma[y];
                    }
                }
            }

            for (var t = 0; t < n; t++)
            {
                d[s, t] = dist[t];
                count[s, t] = sigma[t];
            }
        }

        var result = new double[n];
        for (var s = 0; s < n; s++)
        {
            for (var t = s + 1; t < n; t++)
            {
                if (double.IsInfinity(d[s, t]))
                {
                    continue;
                }

                for (var v = 0; v < n; v++)
                {
                    if (v != s && v != t && d[s, v] + d[v, t] == d[s, t])
                    {
                        result[v] += count[s, v] * count[v, t] / count[s, t];
                    }
                }
            }
        }

        if (n > 2)
        {
            var pairs = (n - 1.0) * (n - 2.0) / 2.0;
            for (var v = 0; v < n; v++)
            {
                result[v] /= pairs;
            }
        }

        return result;
    }

    public static int ComponentCount(IndexedGraph g, int removedNode = -1, int removedEdge = -1)
    {
        var n = g.NodeCount;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var e = 0; e < g.EdgeCount; e++)
        {
            if (e == removedEdge || g.EdgeFrom[e] == removedNode || g.EdgeTo[e] == removedNode)
            {
                continue;
            }

            parent[Find(g.EdgeFrom[e])] = Find(g.EdgeTo[e]);
        }

        return Enumerable.Range(0, n).Where(v => v != removedNode).Select(Find).Distinct().Count();
    }

    public static bool[] ArticulationPoints(IndexedGraph g)
    {
        var baseline = ComponentCount(g);
        return [.. Enumerable.Range(0, g.NodeCount).Select(v => ComponentCount(g, removedNode: v) > baseline - (g.Degree(v) == 0 ? 1 : 0))];
    }

    public static int[] Bridges(IndexedGraph g)
    {
        var baseline = ComponentCount(g);
        return [.. Enumerable.Range(0, g.EdgeCount).Where(e => ComponentCount(g, removedEdge: e) > baseline)];
    }

    /// <summary>Core numbers by peeling: the largest k such that v survives repeatedly deleting nodes of degree below k.</summary>
    public static int[] CoreNumbers(IndexedGraph g)
    {
        var n = g.NodeCount;
        var core = new int[n];
        for (var k = 1; k <= n; k++)
        {
            var alive = Enumerable.Repeat(true, n).ToArray();
            bool changed;
            do
            {
                changed = false;
                for (var v = 0; v < n; v++)
                {
                    if (alive[v] && g.Neighbours(v).ToArray().Count(w => alive[w]) < k)
                    {
                        alive[v] = false;
                        changed = true;
                    }
                }
            }
            while (changed);

            for (var v = 0; v < n; v++)
            {
                if (alive[v])
                {
                    core[v] = k;
                }
            }
        }

        return core;
    }

    /// <summary>Every simple path from s to t as (cost, nodes, edges), by depth-first enumeration.</summary>
    public static List<(double Cost, int[] Nodes, int[] Edges)> SimplePaths(IndexedGraph g, int s, int t)
    {
        var result = new List<(double, int[], int[])>();
        var nodes = new List<int> { s };
        var edges = new List<int>();
        var onPath = new bool[g.NodeCount];
        onPath[s] = true;

        void Visit(int v)
        {
            if (v == t)
            {
                var cost = 0.0;
                foreach (var e in edges)
                {
                    cost += g.Weight(e);
                }

                result.Add((cost, nodes.ToArray(), edges.ToArray()));
                return;
            }

            for (var p = g.Offsets[v]; p < g.Offsets[v + 1]; p++)
            {
                var w = g.Targets[p];
                if (onPath[w])
                {
                    continue;
                }

                onPath[w] = true;
                nodes.Add(w);
                edges.Add(g.EdgeIds[p]);
                Visit(w);
                nodes.RemoveAt(nodes.Count - 1);
                edges.RemoveAt(edges.Count - 1);
                onPath[w] = false;
            }
        }

        Visit(s);
        return result;
    }

    /// <summary>Nodes that reach <paramref name="target"/> over directed edges, found by a search from every node.</summary>
    public static int ReachersOf(IndexedGraph g, int target)
    {
        var count = 0;
        for (var s = 0; s < g.NodeCount; s++)
        {
            if (s == target)
            {
                continue;
            }

            var seen = new bool[g.NodeCount];
            var stack = new Stack<int>([s]);
            seen[s] = true;
            while (stack.Count > 0)
            {
                foreach (var w in g.Neighbours(stack.Pop()))
                {
                    if (!seen[w])
                    {
                        seen[w] = true;
                        stack.Push(w);
                    }
                }
            }

            count += seen[target] ? 1 : 0;
        }

        return count;
    }
}
