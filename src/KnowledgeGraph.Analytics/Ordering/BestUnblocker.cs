using KnowledgeGraph.Analytics.Graphs;

namespace KnowledgeGraph.Analytics.Ordering;

/// <summary>
/// Picks the single prerequisite whose completion unblocks most, over a directed acyclic "requires" graph (edge
/// u → v: u requires v) and a set of unmet nodes. Candidates are the unmet nodes that can be met now (no unmet
/// prerequisite of their own). Each is scored by the unmet nodes that wait on it, transitively (all of them stay
/// blocked until it is met); ties go to the one that completes more objectives outright, then to the smaller index.
/// </summary>
public sealed class BestUnblocker
{
    private readonly IndexedGraph _requires;
    private readonly IndexedGraph _reverse;

    public BestUnblocker(IndexedGraph requires)
    {
        if (!requires.IsDirected)
        {
            throw new ArgumentException("Requirements are directed.", nameof(requires));
        }

        _requires = requires;
        _reverse = requires.Reverse();
    }

    /// <summary>Scores of every candidate, best first.</summary>
    public IReadOnlyList<UnblockerScore> Rank(bool[] unmet)
    {
        var n = _requires.NodeCount;
        var unmetPrerequisites = new int[n];
        for (var v = 0; v < n; v++)
        {
            if (!unmet[v])
            {
                continue;
            }

            var seen = new HashSet<int>();
            foreach (var w in _requires.Neighbours(v))
            {
                if (unmet[w] && seen.Add(w))
                {
                    unmetPrerequisites[v]++;
                }
            }
        }

        var mark = new int[n];
        var stamp = 0;
        var queue = new int[n];
        var scores = new List<UnblockerScore>();
        for (var p = 0; p < n; p++)
        {
            if (!unmet[p] || unmetPrerequisites[p] > 0)
            {
                continue;
            }

            stamp++;
            mark[p] = stamp;
            queue[0] = p;
            var head = 0;
            var tail = 1;
            while (head < tail)
            {
                var v = queue[head++];
                foreach (var u in _reverse.Neighbours(v))
                {
                    if (unmet[u] && mark[u] != stamp)
                    {
                        mark[u] = stamp;
                        queue[tail++] = u;
                    }
                }
            }

            var completes = Cascade(p, unmet, unmetPrerequisites);
            scores.Add(new UnblockerScore(p, tail - 1, completes));
        }

        scores.Sort((a, b) => a.Waiting != b.Waiting ? b.Waiting.CompareTo(a.Waiting)
            : a.Completes != b.Completes ? b.Completes.CompareTo(a.Completes)
            : a.Node.CompareTo(b.Node));
        return scores;
    }

    // Objectives that become met once p is: those whose last unmet prerequisite was p, then theirs, and so on.
    private int Cascade(int p, bool[] unmet, int[] unmetPrerequisites)
    {
        var remaining = new Dictionary<int, int>();
        var counted = new HashSet<(int, int)>();
        var stack = new Stack<int>();
        stack.Push(p);
        var completes = 0;
        while (stack.Count > 0)
        {
            var v = stack.Pop();
            foreach (var u in _reverse.Neighbours(v))
            {
                if (!unmet[u] || !counted.Add((u, v)))
                {
                    continue;
                }

                var left = (remaining.TryGetValue(u, out var r) ? r : unmetPrerequisites[u]) - 1;
                remaining[u] = left;
                if (left == 0)
                {
                    completes++;
                    stack.Push(u);
                }
            }
        }

        return completes;
    }
}
