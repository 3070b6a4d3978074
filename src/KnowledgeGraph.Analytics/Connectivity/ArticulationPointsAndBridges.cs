using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Connectivity;

/// <summary>
/// Articulation points (cut vertices) and bridges of an undirected graph by Hopcroft–Tarjan low-points, with an
/// explicit stack instead of recursion so a million-node chain does not overflow the call stack. Parallel edges are
/// told apart by edge id, so a doubled link is never a bridge.
/// </summary>
public sealed class ArticulationPointsAndBridges
{
    private readonly IndexedGraph _graph;

    public ArticulationPointsAndBridges(IndexedGraph graph)
    {
        if (graph.IsDirected)
        {
            throw new ArgumentException("Articulation points are defined on undirected graphs.", nameof(graph));
        }

        _graph = graph;
    }

    /// <summary>True at the index of each articulation point.</summary>
    public bool[] ArticulationPoints { get; private set; } = [];

    /// <summary>Ids of the bridge edges, ascending.</summary>
    public int[] Bridges { get; private set; } = [];

    public ArticulationPointsAndBridges Compute()
    {
        var n = _graph.NodeCount;
        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var ids = _graph.EdgeIds;
        var discovery = new int[n];
        var low = new int[n];
        var parentEdge = new int[n];
        var cursor = new int[n];
        var stack = new int[n];
        var isCut = new bool[n];
        var bridges = new List<int>();
        var time = 0;

        for (var root = 0; root < n; root++)
        {
            if (discovery[root] != 0)
            {
                continue;
            }

            var rootChildren = 0;
            var top = 0;
            stack[top++] = root;
            discovery[root] = low[root] = ++time;
            parentEdge[root] = -1;
            cursor[root] = offsets[root];
            while (top > 0)
            {
                var v = stack[top - 1];
                if (cursor[v] < offsets[v + 1])
                {
                    var p = cursor[v]++;
                    var w = targets[p];
                    var e = ids[p];
                    if (e == parentEdge[v])
                    {
                        continue;
                    }

                    if (discovery[w] == 0)
                    {
                        discovery[w] = low[w] = ++time;
                        parentEdge[w] = e;
                        cursor[w] = offsets[w];
                        stack[top++] = w;
                        if (v == root)
                        {
                            rootChildren++;
                        }
                    }
                    else if (discovery[w] < low[v])
                    {
                        low[v] = discovery[w];
                    }

                    continue;
                }

                // v is finished: report to its parent u.
                top--;
                if (top == 0)
                {
                    continue;
                }

                var u = stack[top - 1];
                if (low[v] < low[u])
                {
                    low[u] = low[v];
                }

                if (low[v] > discovery[u])
                {
                    bridges.Add(parentEdge[v]);
                }

                if (u != root && low[v] >= discovery[u])
                {
                    isCut[u] = true;
                }
            }

            if (rootChildren > 1)
            {
                isCut[root] = true;
            }
        }

        bridges.Sort();
        ArticulationPoints = isCut;
        Bridges = [.. bridges];
        return this;
    }
}
