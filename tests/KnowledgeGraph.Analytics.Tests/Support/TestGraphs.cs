using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Tests.Support;

/// <summary>Small graphs for tests: named shapes and seeded random graphs.</summary>
internal static class TestGraphs
{
    /// <summary>Undirected graph from "a-b" pairs of node indexes.</summary>
    public static IndexedGraph Undirected(int n, params (int A, int B)[] edges) =>
        IndexedGraph.FromEdges(n, edges.Select(e => e.A).ToArray(), edges.Select(e => e.B).ToArray());

    public static IndexedGraph Weighted(int n, params (int A, int B, double W)[] edges) =>
        IndexedGraph.FromEdges(n, edges.Select(e => e.A).ToArray(), edges.Select(e => e.B).ToArray(), edges.Select(e => e.W).ToArray());

    public static IndexedGraph Directed(int n, params (int A, int B)[] edges) =>
        IndexedGraph.FromEdges(n, edges.Select(e => e.A).ToArray(), edges.Select(e => e.B).ToArray(), directed: true);

    public static IndexedGraph Path(int n) => Undirected(n, [.. Enumerable.Range(0, n - 1).Select(i => (i, i + 1))]);

    public static IndexedGraph Star(int leaves) => Undirected(leaves + 1, [.. Enumerable.Range(1, leaves).Select(i => (0, i))]);

    public static IndexedGraph Cycle(int n) => Undirected(n, [.. Enumerable.Range(0, n).Select(i => (i, (i + 1) % n))]);

    /// <summary>Two triangles sharing node 2: 0-1-2 and 2-3-4.</summary>
    public static IndexedGraph BowTie() => Undirected(5, (0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (2, 4));

    /// <summary>A simple random graph: n in [minN, maxN], each pair joined with probability p; weights 1..3 when weighted.</summary>
    public static IndexedGraph Random(Random random, int minN, int maxN, double p, bool weighted = false, bool directed = false)
    {
        var n = random.Next(minN, maxN + 1);
        var from = new List<int>();
        var to = new List<int>();
        var weights = new List<double>();
        for (var a = 0; a < n; a++)
        {
            for (var b = directed ? 0 : a + 1; b < n; b++)
            {
                if (a != b && random.NextDouble() < p)
                {
                    from.Add(a);
                    to.Add(b);
                    weights.Add(random.Next(1, 4));
                }
            }
        }

        return IndexedGraph.FromEdges(n, from, to, weighted ? weights : null, directed);
    }
}
