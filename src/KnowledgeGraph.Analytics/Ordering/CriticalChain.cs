using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Ordering;

/// <summary>
/// The longest chain (most nodes) that starts at a node and follows edges of a directed acyclic graph through
/// included nodes. Ties go to the successor with the smaller index.
/// </summary>
public sealed class CriticalChain
{
    private readonly IndexedGraph _graph;

    public CriticalChain(IndexedGraph graph)
    {
        if (!graph.IsDirected)
        {
            throw new ArgumentException("Chains follow directed edges.", nameof(graph));
        }

        _graph = graph;
    }

    /// <summary>The chain from <paramref name="start"/>, start first; throws when the included subgraph has a cycle.</summary>
    public IReadOnlyList<int> Longest(int start, Func<int, bool> include)
    {
        var topo = new TopologicalSort(_graph).Compute(include);
        if (topo.HasCycle)
        {
            throw new InvalidOperationException("The graph has a cycle: " + string.Join(" -> ", topo.Cycle!));
        }

        var length = new int[_graph.NodeCount];
        var next = new int[_graph.NodeCount];
        for (var i = topo.Order.Count - 1; i >= 0; i--)
        {
            var v = topo.Order[i];
            length[v] = 1;
            next[v] = -1;
            foreach (var w in _graph.Neighbours(v))
            {
                if (!include(w))
                {
                    continue;
                }

                if (length[w] + 1 > length[v] || (length[w] + 1 == length[v] && w < next[v]))
                {
                    length[v] = length[w] + 1;
                    next[v] = w;
                }
            }
        }

        var chain = new List<int>();
        if (!include(start))
        {
            return chain;
        }

        for (var v = start; v >= 0; v = next[v])
        {
            chain.Add(v);
        }

        return chain;
    }
}
