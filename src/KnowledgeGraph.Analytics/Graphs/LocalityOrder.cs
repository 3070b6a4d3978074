namespace KnowledgeGraph.Analytics.Graphs;

/// <summary>
/// Renumbers nodes in breadth-first order (from the best-connected node, then from each node not yet reached), so
/// nodes that are near each other in the graph sit near each other in memory. Searches that sweep the whole graph
/// (Brandes) then walk arrays almost in order instead of jumping across them: at a million nodes this roughly
/// halves the time of a search, which is bound by memory latency.
/// </summary>
internal static class LocalityOrder
{
    /// <summary>The new index of every node (a permutation of 0..n-1).</summary>
    public static int[] NewIndexes(IndexedGraph graph)
    {
        var n = graph.NodeCount;
        var newIndexOf = new int[n];
        if (n == 0)
        {
            return newIndexOf;
        }

        Array.Fill(newIndexOf, -1);
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var hub = 0;
        for (var v = 1; v < n; v++)
        {
            if (offsets[v + 1] - offsets[v] > offsets[hub + 1] - offsets[hub])
            {
                hub = v;
            }
        }

        // The queue holds old indexes in visit order, so a node's new index is its position in it.
        var queue = new int[n];
        var tail = 0;
        var head = 0;
        for (var i = -1; i < n; i++)
        {
            var start = i < 0 ? hub : i;
            if (newIndexOf[start] >= 0)
            {
                continue;
            }

            newIndexOf[start] = tail;
            queue[tail++] = start;
            while (head < tail)
            {
                var v = queue[head++];
                for (var p = offsets[v]; p < offsets[v + 1]; p++)
                {
                    var w = targets[p];
                    if (newIndexOf[w] < 0)
                    {
                        newIndexOf[w] = tail;
                        queue[tail++] = w;
                    }
                }
            }
        }

        return newIndexOf;
    }
}
