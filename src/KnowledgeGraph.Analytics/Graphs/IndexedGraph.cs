namespace KnowledgeGraph.Analytics.Graphs;

/// <summary>
/// An immutable int-indexed graph in compressed sparse row form: the neighbours of node <c>v</c> are
/// <c>Targets[Offsets[v]..Offsets[v + 1]]</c> and <c>EdgeIds</c> gives, for each of those slots, the logical edge.
/// An undirected edge fills two slots (one per end) and keeps one id. Self-loops are dropped from undirected graphs.
/// </summary>
public sealed class IndexedGraph
{
    private IndexedGraph(int nodeCount, bool isDirected, int[] offsets, int[] targets, int[] edgeIds, int[] edgeFrom, int[] edgeTo, double[]? weights)
    {
        NodeCount = nodeCount;
        IsDirected = isDirected;
        Offsets = offsets;
        Targets = targets;
        EdgeIds = edgeIds;
        EdgeFrom = edgeFrom;
        EdgeTo = edgeTo;
        Weights = weights;
    }

    public int NodeCount { get; }

    /// <summary>Number of logical edges (an undirected edge counts once).</summary>
    public int EdgeCount => EdgeFrom.Length;

    public bool IsDirected { get; }

    /// <summary>Length <c>NodeCount + 1</c>; the slots of node v are <c>[Offsets[v], Offsets[v + 1])</c>.</summary>
    public int[] Offsets { get; }

    /// <summary>Neighbour of each adjacency slot (out-neighbour when directed).</summary>
    public int[] Targets { get; }

    /// <summary>Logical edge id of each adjacency slot.</summary>
    public int[] EdgeIds { get; }

    public int[] EdgeFrom { get; }

    public int[] EdgeTo { get; }

    /// <summary>Positive weight (cost) per logical edge; null for an unweighted graph.</summary>
    public double[]? Weights { get; }

    public int Degree(int v) => Offsets[v + 1] - Offsets[v];

    public ReadOnlySpan<int> Neighbours(int v) => Targets.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    public double Weight(int edgeId) => Weights is null ? 1.0 : Weights[edgeId];

    /// <summary>The other end of edge <paramref name="edgeId"/> seen from <paramref name="v"/>.</summary>
    public int Opposite(int edgeId, int v) => EdgeFrom[edgeId] == v ? EdgeTo[edgeId] : EdgeFrom[edgeId];

    /// <summary>Builds a graph from parallel edge arrays; edge <c>i</c> keeps id <c>i</c> unless it is an undirected self-loop.</summary>
    public static IndexedGraph FromEdges(int nodeCount, IReadOnlyList<int> from, IReadOnlyList<int> to, IReadOnlyList<double>? weights = null, bool directed = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        if (from.Count != to.Count || (weights is not null && weights.Count != from.Count))
        {
            throw new ArgumentException("Edge arrays differ in length.", nameof(to));
        }

        var keep = 0;
        for (var i = 0; i < from.Count; i++)
        {
            CheckNode(from[i], nodeCount);
            CheckNode(to[i], nodeCount);
            if (weights is not null && !(weights[i] > 0 && double.IsFinite(weights[i])))
            {
                throw new ArgumentException($"Edge {i} has weight {weights[i]}; weights must be positive and finite.", nameof(weights));
            }

            if (directed || from[i] != to[i])
            {
                keep++;
            }
        }

        var edgeFrom = new int[keep];
        var edgeTo = new int[keep];
        var edgeWeights = weights is null ? null : new double[keep];
        var k = 0;
        for (var i = 0; i < from.Count; i++)
        {
            if (!directed && from[i] == to[i])
            {
                continue;
            }

            edgeFrom[k] = from[i];
            edgeTo[k] = to[i];
            if (edgeWeights is not null)
            {
                edgeWeights[k] = weights![i];
            }

            k++;
        }

        return Build(nodeCount, edgeFrom, edgeTo, edgeWeights, directed);
    }

    /// <summary>The same edges with every edge reversed (directed graphs) or the graph itself (undirected).</summary>
    public IndexedGraph Reverse() => IsDirected ? Build(NodeCount, EdgeTo, EdgeFrom, Weights, directed: true) : this;

    /// <summary>
    /// The same graph with node <c>v</c> renamed <c>newIndexOf[v]</c> (a permutation); edge ids and weights are kept.
    /// </summary>
    public IndexedGraph Relabel(int[] newIndexOf)
    {
        ArgumentNullException.ThrowIfNull(newIndexOf);
        if (newIndexOf.Length != NodeCount)
        {
            throw new ArgumentException("One new index per node is needed.", nameof(newIndexOf));
        }

        var taken = new bool[NodeCount];
        foreach (var v in newIndexOf)
        {
            CheckNode(v, NodeCount);
            if (taken[v])
            {
                throw new ArgumentException("New indexes must be a permutation.", nameof(newIndexOf));
            }

            taken[v] = true;
        }

        var from = new int[EdgeCount];
        var to = new int[EdgeCount];
        for (var e = 0; e < from.Length; e++)
        {
            from[e] = newIndexOf[EdgeFrom[e]];
            to[e] = newIndexOf[EdgeTo[e]];
        }

        return Build(NodeCount, from, to, Weights, IsDirected);
    }

    private static IndexedGraph Build(int n, int[] edgeFrom, int[] edgeTo, double[]? weights, bool directed)
    {
        var m = edgeFrom.Length;
        var slots = directed ? m : 2L * m;
        if (slots > Array.MaxLength)
        {
            throw new ArgumentException("Too many edges for one graph.", nameof(edgeFrom));
        }

        var offsets = new int[n + 1];
        for (var e = 0; e < m; e++)
        {
            offsets[edgeFrom[e] + 1]++;
            if (!directed)
            {
                offsets[edgeTo[e] + 1]++;
            }
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var cursor = new int[n];
        Array.Copy(offsets, cursor, n);
        var targets = new int[slots];
        var ids = new int[slots];
        for (var e = 0; e < m; e++)
        {
            var a = edgeFrom[e];
            var b = edgeTo[e];
            var p = cursor[a]++;
            targets[p] = b;
            ids[p] = e;
            if (!directed)
            {
                p = cursor[b]++;
                targets[p] = a;
                ids[p] = e;
            }
        }

        return new IndexedGraph(n, directed, offsets, targets, ids, edgeFrom, edgeTo, weights);
    }

    private static void CheckNode(int v, int n)
    {
        if ((uint)v >= (uint)n)
        {
            throw new ArgumentOutOfRangeException(nameof(v), v, $"Node index outside 0..{n - 1}.");
        }
    }
}
