using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Centrality;

/// <summary>
/// Core numbers by Batagelj–Zaversnik in O(n + m): the core number of v is the largest k such that v belongs to a
/// subgraph where every node has degree at least k. Matches networkx <c>core_number</c> on simple graphs.
/// </summary>
public sealed class CoreDecomposition
{
    private readonly IndexedGraph _graph;

    public CoreDecomposition(IndexedGraph graph)
    {
        if (graph.IsDirected)
        {
            throw new ArgumentException("Core numbers are computed on undirected graphs.", nameof(graph));
        }

        _graph = graph;
    }

    public int[] Compute()
    {
        var n = _graph.NodeCount;
        var degree = new int[n];
        var maxDegree = 0;
        for (var v = 0; v < n; v++)
        {
            degree[v] = _graph.Degree(v);
            maxDegree = Math.Max(maxDegree, degree[v]);
        }

        // Bucket sort nodes by degree: bin[d] is where degree-d nodes start in vert; pos[v] is v's place in vert.
        var bin = new int[maxDegree + 1];
        foreach (var d in degree)
        {
            bin[d]++;
        }

        var start = 0;
        for (var d = 0; d <= maxDegree; d++)
        {
            var count = bin[d];
            bin[d] = start;
            start += count;
        }

        var vert = new int[n];
        var pos = new int[n];
        for (var v = 0; v < n; v++)
        {
            pos[v] = bin[degree[v]]++;
            vert[pos[v]] = v;
        }

        for (var d = maxDegree; d > 0; d--)
        {
            bin[d] = bin[d - 1];
        }

        if (maxDegree >= 0 && bin.Length > 0)
        {
            bin[0] = 0;
        }

        for (var i = 0; i < n; i++)
        {
            var v = vert[i];
            foreach (var u in _graph.Neighbours(v))
            {
                if (degree[u] > degree[v])
                {
                    var du = degree[u];
                    var pu = pos[u];
                    var pw = bin[du];
                    var w = vert[pw];
                    if (u != w)
                    {
                        pos[u] = pw;
                        vert[pu] = w;
                        pos[w] = pu;
                        vert[pw] = u;
                    }

                    bin[du]++;
                    degree[u]--;
                }
            }
        }

        return degree;
    }
}
