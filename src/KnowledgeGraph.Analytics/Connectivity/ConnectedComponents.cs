using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Connectivity;

/// <summary>Connected components of an undirected graph by breadth-first search; components are numbered by their smallest node.</summary>
public sealed class ConnectedComponents
{
    private readonly IndexedGraph _graph;

    public ConnectedComponents(IndexedGraph graph)
    {
        if (graph.IsDirected)
        {
            throw new ArgumentException("Components are computed on undirected graphs.", nameof(graph));
        }

        _graph = graph;
    }

    /// <summary>Component number of each node.</summary>
    public int[] Component { get; private set; } = [];

    /// <summary>Size of each component, by component number.</summary>
    public int[] Sizes { get; private set; } = [];

    public int Count => Sizes.Length;

    public ConnectedComponents Compute()
    {
        var n = _graph.NodeCount;
        var component = new int[n];
        Array.Fill(component, -1);
        var queue = new int[n];
        var sizes = new List<int>();
        for (var root = 0; root < n; root++)
        {
            if (component[root] >= 0)
            {
                continue;
            }

            var c = sizes.Count;
            component[root] = c;
            var head = 0;
            var tail = 0;
            queue[tail++] = root;
            while (head < tail)
            {
                var v = queue[head++];
                foreach (var w in _graph.Neighbours(v))
                {
                    if (component[w] < 0)
                    {
                        component[w] = c;
                        queue[tail++] = w;
                    }
                }
            }

            sizes.Add(tail);
        }

        Component = component;
        Sizes = [.. sizes];
        return this;
    }
}
