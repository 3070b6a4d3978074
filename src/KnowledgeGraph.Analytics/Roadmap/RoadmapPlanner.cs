using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Ordering;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Roadmap;

/// <summary>
/// Plans the road to a goal Objective over REQUIRES (ADR-031). The rules for "met" on a date:
/// a Competency when, for each country the goal's holder names (mx, us; shared or unset: both), some institution of
/// that country holds it at level ≥ <see cref="CompetencyThreshold"/>; an Agreement when valid and active or executed;
/// a Mechanism when valid and permanent or statutory; an Objective when valid and all its prerequisites are met.
/// </summary>
public sealed class RoadmapPlanner
{
    public const int CompetencyThreshold = 3;

    private readonly GraphSnapshot _g;
    private readonly DateOnly? _asOf;

    public RoadmapPlanner(GraphSnapshot snapshot, DateOnly? asOf)
    {
        _g = snapshot;
        _asOf = asOf;
    }

    public RoadmapPlan Plan(int goal)
    {
        if (_g.Kind(goal) != NodeKind.Objective)
        {
            throw new ArgumentException($"{_g.NodeId(goal)} is not an Objective.", nameof(goal));
        }

        // The goal's closure over REQUIRES valid on the date; local index 0 is the goal.
        var local = new Dictionary<int, int> { [goal] = 0 };
        var nodes = new List<int> { goal };
        var from = new List<int>();
        var to = new List<int>();
        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var e in _g.OutgoingRelationships(nodes[i]))
            {
                if (_g.Type(e) != RelationshipType.Requires || !_g.IsRelationshipValidOn(e, _asOf))
                {
                    continue;
                }

                var target = _g.To(e);
                if (!local.TryGetValue(target, out var t))
                {
                    t = local[target] = nodes.Count;
                    nodes.Add(target);
                }

                if (pairs.Add((i, t)))
                {
                    from.Add(i);
                    to.Add(t);
                }
            }
        }

        var holders = HolderCountries(goal);
        var requires = IndexedGraph.FromEdges(nodes.Count, from, to, directed: true);
        var topo = new TopologicalSort(requires).Compute();
        if (topo.HasCycle)
        {
            return new RoadmapPlan(_g.NodeId(goal), false, holders, [], [], [], null, [.. topo.Cycle!.Select(i => _g.NodeId(nodes[i]))]);
        }

        // Prerequisites before the objectives that need them: walk the topological order backwards.
        var met = new bool[nodes.Count];
        var reasons = new string[nodes.Count];
        for (var i = topo.Order.Count - 1; i >= 0; i--)
        {
            var v = topo.Order[i];
            (met[v], reasons[v]) = Evaluate(nodes[v], requires, v, met, holders);
        }

        var unmet = met.Select(m => !m).ToArray();
        var items = new RoadmapItem[nodes.Count];
        for (var v = 0; v < nodes.Count; v++)
        {
            items[v] = new RoadmapItem(_g.NodeId(nodes[v]), _g.NodeName(nodes[v]), _g.Kind(nodes[v]), met[v], reasons[v]);
        }

        var order = new TopologicalSort(requires.Reverse()).Compute(v => unmet[v] && v != 0).Order;
        var chain = new CriticalChain(requires).Longest(0, v => unmet[v]).Skip(1).Reverse();
        var best = new BestUnblocker(requires).Rank(unmet).FirstOrDefault(s => s.Node != 0);
        return new RoadmapPlan(
            _g.NodeId(goal),
            met[0],
            holders,
            [.. items.Skip(1).OrderBy(x => x.Met).ThenBy(x => x.Id, StringComparer.Ordinal)],
            [.. order.Select(v => items[v])],
            [.. chain.Select(v => items[v])],
            best is null ? null : new RoadmapUnblocker(items[best.Node].Id, items[best.Node].Name, best.Waiting, best.Completes),
            null);
    }

    private List<string> HolderCountries(int goal) => _g.Category(goal) switch
    {
        "mx" => ["mx"],
        "us" => ["us"],
        _ => ["mx", "us"],
    };

    private (bool Met, string Reason) Evaluate(int node, IndexedGraph requires, int v, bool[] met, List<string> holders)
    {
        var valid = _g.IsNodeValidOn(node, _asOf);
        switch (_g.Kind(node))
        {
            case NodeKind.Objective:
                if (!valid)
                {
                    return (false, "objective not valid on the date");
                }

                var missing = requires.Neighbours(v).ToArray().Where(w => !met[w]).Distinct().Count();
                return missing == 0
                    ? (true, requires.Degree(v) == 0 ? "no prerequisites recorded" : "all prerequisites met")
                    : (false, $"{missing} prerequisite(s) unmet");
            case NodeKind.Agreement:
                var status = _g.Category(node);
                return valid && status is "active" or "executed"
                    ? (true, $"agreement {status}")
                    : (false, valid ? $"agreement status is {status ?? "unknown"}" : "agreement not in force on the date");
            case NodeKind.Mechanism:
                var permanence = _g.Category(node);
                return valid && permanence is "permanent" or "statutory"
                    ? (true, $"{permanence} mechanism exists")
                    : (false, valid ? $"mechanism is {permanence ?? "unclassified"}, not permanent or statutory" : "mechanism does not exist on the date");
            case NodeKind.Competency:
                return EvaluateCompetency(node, holders);
            default:
                return (false, $"{_g.Kind(node)} cannot be a prerequisite");
        }
    }

    private (bool Met, string Reason) EvaluateCompetency(int competency, List<string> holders)
    {
        var best = holders.ToDictionary(c => c, _ => (Level: -1, Holder: (string?)null));
        foreach (var e in _g.IncomingRelationships(competency))
        {
            var holder = _g.From(e);
            if (_g.Type(e) != RelationshipType.HasCompetency || !_g.IsRelationshipUsableOn(e, _asOf)
                || _g.Kind(holder) != NodeKind.Institution || _g.Category(holder) is not { } country || !best.TryGetValue(country, out var current))
            {
                continue;
            }

            var level = _g.Level(e) ?? 0;
            if (level > current.Level || (level == current.Level && string.CompareOrdinal(_g.NodeId(holder), current.Holder) < 0))
            {
                best[country] = (level, _g.NodeId(holder));
            }
        }

        var shortfalls = best.Where(p => p.Value.Level < CompetencyThreshold).ToList();
        var detail = string.Join("; ", best.Select(p => p.Value.Holder is null ? $"{p.Key}: none" : $"{p.Key}: level {p.Value.Level} ({p.Value.Holder})"));
        return shortfalls.Count == 0
            ? (true, $"held at level ≥ {CompetencyThreshold} by every holder country ({detail})")
            : (false, $"not held at level ≥ {CompetencyThreshold} by {string.Join(" and ", shortfalls.Select(p => p.Key))} ({detail})");
    }
}
