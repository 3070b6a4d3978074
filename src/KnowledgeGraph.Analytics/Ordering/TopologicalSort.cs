using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Paths;

namespace KnowledgeGraph.Analytics.Ordering;

/// <summary>
/// Kahn's topological sort of a directed graph (every edge u → v puts u before v). Among ready nodes the smallest
/// index goes first, so the order is deterministic. When nodes remain, one cycle among them is named: each remaining
/// node has a remaining predecessor, so walking predecessors must revisit a node.
/// </summary>
public sealed class TopologicalSort
{
    private readonly IndexedGraph _graph;

    public TopologicalSort(IndexedGraph graph)
    {
        if (!graph.IsDirected)
        {
            throw new ArgumentException("Topological order needs a directed graph.", nameof(graph));
        }

        _graph = graph;
    }

    /// <summary>Sorts the nodes for which <paramref name="include"/> is true (all nodes when null), using edges among them.</summary>
    public TopologicalOrder Compute(Func<int, bool>? include = null)
    {
        var n = _graph.NodeCount;
        var inDegree = new int[n];
        var included = new bool[n];
        var total = 0;
        for (var v = 0; v < n; v++)
        {
            included[v] = include?.Invoke(v) ?? true;
            total += included[v] ? 1 : 0;
        }

        for (var v = 0; v < n; v++)
        {
            if (!included[v])
            {
                continue;
            }

            foreach (var w in _graph.Neighbours(v))
            {
                if (included[w])
                {
                    inDegree[w]++;
                }
            }
        }

        var ready = new MinHeap();
        for (var v = 0; v < n; v++)
        {
            if (included[v] && inDegree[v] == 0)
            {
                ready.Push(v, v);
            }
        }

        var order = new List<int>(total);
        while (ready.Count > 0)
        {
            var (_, v) = ready.Pop();
            order.Add(v);
            foreach (var w in _graph.Neighbours(v))
            {
                if (included[w] && --inDegree[w] == 0)
                {
                    ready.Push(w, w);
                }
            }
        }

        if (order.Count == total)
        {
            return new TopologicalOrder(order, null);
        }

        return new TopologicalOrder(order, FindCycle(included, inDegree));
    }

    private List<int> FindCycle(bool[] included, int[] inDegree)
    {
        var reverse = _graph.Reverse();
        var start = Array.FindIndex(inDegree, d => d > 0);
        var position = new Dictionary<int, int>();
        var walk = new List<int>();
        var v = start;
        while (!position.ContainsKey(v))
        {
            position[v] = walk.Count;
            walk.Add(v);
            var next = -1;
            foreach (var u in reverse.Neighbours(v))
            {
                if (included[u] && inDegree[u] > 0)
                {
                    next = u;
                    break;
                }
            }

            v = next;
        }

        // walk[position[v]..] follows predecessors; reversed it follows the edges.
        var cycle = walk.GetRange(position[v], walk.Count - position[v]);
        cycle.Reverse();
        var smallest = cycle.IndexOf(cycle.Min());
        return [.. cycle.Skip(smallest), .. cycle.Take(smallest)];
    }
}
