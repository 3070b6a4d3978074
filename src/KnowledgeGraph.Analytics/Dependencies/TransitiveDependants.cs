using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Dependencies;

/// <summary>
/// Who depends on a node over a directed "depends on" graph (edge a → b: a depends on b). Direct dependants are the
/// distinct in-neighbours (fan-in); transitive dependants are every node that reaches it (reverse reachability).
/// </summary>
public sealed class TransitiveDependants
{
    private readonly IndexedGraph _reverse;
    private readonly int[] _mark;
    private readonly int[] _queue;
    private int _stamp;

    public TransitiveDependants(IndexedGraph dependsOn)
    {
        if (!dependsOn.IsDirected)
        {
            throw new ArgumentException("Dependencies are directed.", nameof(dependsOn));
        }

        _reverse = dependsOn.Reverse();
        _mark = new int[dependsOn.NodeCount];
        _queue = new int[dependsOn.NodeCount];
    }

    /// <summary>Number of distinct nodes that depend on <paramref name="node"/> directly.</summary>
    public int DirectCount(int node)
    {
        var stamp = ++_stamp;
        var count = 0;
        foreach (var w in _reverse.Neighbours(node))
        {
            if (w != node && _mark[w] != stamp)
            {
                _mark[w] = stamp;
                count++;
            }
        }

        return count;
    }

    /// <summary>Every node that depends on <paramref name="node"/> directly or through others, ascending.</summary>
    public IReadOnlyList<int> Dependants(int node)
    {
        var count = Search(node);
        var result = _queue[1..count];
        Array.Sort(result);
        return result;
    }

    public int TransitiveCount(int node) => Search(node) - 1;

    // Breadth-first over reversed edges; _queue[0] is the node itself, which is not its own dependant even on a cycle.
    private int Search(int node)
    {
        var stamp = ++_stamp;
        _mark[node] = stamp;
        _queue[0] = node;
        var head = 0;
        var tail = 1;
        while (head < tail)
        {
            var v = _queue[head++];
            foreach (var w in _reverse.Neighbours(v))
            {
                if (_mark[w] != stamp)
                {
                    _mark[w] = stamp;
                    _queue[tail++] = w;
                }
            }
        }

        return tail;
    }
}
