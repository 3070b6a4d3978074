using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Analytics.Centrality;
using KnowledgeGraph.Analytics.Connectivity;
using KnowledgeGraph.Analytics.Coordination;
using KnowledgeGraph.Analytics.Dependencies;
using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Interoperability;
using KnowledgeGraph.Analytics.Roadmap;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>
/// The analyses analysts ask for (docs/readme/analytics.md): bottlenecks, bridges, interoperability paths, roadmaps
/// and what-if comparisons, on the store's current graph as of a date (today, UTC, when none is given: facts whose
/// validity ended are not part of the present). Reads go through <see cref="SnapshotProvider"/>; networks are cached
/// per snapshot and date. Errors are <see cref="AnalysisException"/> with a stable code.
/// </summary>
public sealed class AnalysisService
{
    public const int MaxK = 10;

    private const int MaxCachedDates = 32;

    private readonly SnapshotProvider _snapshots;
    private readonly TimeProvider _time;
    private readonly ConditionalWeakTable<GraphSnapshot, ConcurrentDictionary<int, CoordinationNetwork>> _networks = [];

    public AnalysisService(SnapshotProvider snapshots, TimeProvider? time = null)
    {
        _snapshots = snapshots;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The coordination network: institutions and mechanisms valid on the date and their costed links.</summary>
    public async Task<CoordinationNetworkResult> GetCoordinationNetworkAsync(DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var date = DateOf(asOf);
        var network = NetworkOf(await _snapshots.GetAsync(cancellationToken), date);
        var nodes = Enumerable.Range(0, network.NodeCount)
            .Select(v => new NetworkNode(network.NodeId(v), network.Snapshot.NodeName(network.SnapshotIndex(v)), network.Kind(v), network.Graph.Degree(v)))
            .ToList();
        var links = Enumerable.Range(0, network.LinkCount).Select(network.Describe).ToList();
        return new CoordinationNetworkResult(date, nodes, links);
    }

    /// <summary>The top nodes by betweenness with articulation points, dependants and core numbers.</summary>
    public Task<IReadOnlyList<BottleneckRow>> GetBottlenecksAsync(
        int top, IReadOnlyCollection<NodeKind>? kinds, bool weighted, int? samples, int? seed, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        GetBottlenecksAsync(new BottleneckQuery { Top = top, Kinds = kinds ?? [], Weighted = weighted, Samples = samples, Seed = seed, AsOf = asOf }, cancellationToken);

    public async Task<IReadOnlyList<BottleneckRow>> GetBottlenecksAsync(BottleneckQuery query, CancellationToken cancellationToken = default)
    {
        Validate(query);
        var network = NetworkOf(await _snapshots.GetAsync(cancellationToken), DateOf(query.AsOf));
        return RankAll(network, query, cancellationToken).Rows(query.Top);
    }

    /// <summary>Links whose loss disconnects the network, cheapest first, each explained.</summary>
    public async Task<IReadOnlyList<CoordinationLinkInfo>> GetBridgesAsync(DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var network = NetworkOf(await _snapshots.GetAsync(cancellationToken), DateOf(asOf));
        var bridges = new ArticulationPointsAndBridges(network.Graph).Compute().Bridges;
        return [.. bridges.Select(network.Describe).OrderBy(l => l.Cost).ThenBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.Ordinal)];
    }

    /// <summary>The k cheapest loopless chains of coordination between two institutions.</summary>
    public async Task<IReadOnlyList<InteroperabilityPath>> GetInteroperabilityPathsAsync(
        string from, string to, int k, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var snapshot = await _snapshots.GetAsync(cancellationToken);
        var paths = FindPaths(NetworkOf(snapshot, DateOf(asOf)), from, to, k);
        return paths.Count == 0
            ? throw new AnalysisException(AnalysisCodes.NoPath, $"No chain of coordination links joins {from} and {to} on {DateOf(asOf):yyyy-MM-dd}.") { NodeIds = [from, to] }
            : paths;
    }

    /// <summary>The road to a goal Objective: unmet prerequisites in order, the critical chain and the best unblocker.</summary>
    public async Task<RoadmapPlan> GetRoadmapAsync(string goal, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var snapshot = await _snapshots.GetAsync(cancellationToken);
        var index = RequireNode(snapshot, goal);
        if (snapshot.Kind(index) != NodeKind.Objective)
        {
            throw new AnalysisException(AnalysisCodes.NotAnObjective, $"{goal} is a {snapshot.Kind(index)}, not an Objective.") { NodeIds = [goal] };
        }

        var plan = new RoadmapPlanner(snapshot, DateOf(asOf)).Plan(index);
        return plan.Cycle is { } cycle
            ? throw new AnalysisException(AnalysisCodes.RequiresCycle, $"REQUIRES forms a cycle: {string.Join(" -> ", cycle.Append(cycle[0]))}.") { NodeIds = cycle }
            : plan;
    }

    /// <summary>Applies a hypothetical change to a copy of the graph and compares bottlenecks and paths.</summary>
    public async Task<WhatIfResult> WhatIfAsync(WhatIfRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request.Bottlenecks);
        var date = DateOf(request.AsOf);
        var bottlenecks = request.Bottlenecks with { AsOf = date };
        var before = await _snapshots.GetAsync(cancellationToken);
        var after = Apply(before, request);
        var beforeNetwork = NetworkOf(before, date);
        var afterNetwork = CoordinationNetwork.Build(after, date);
        var ranksBefore = RankAll(beforeNetwork, bottlenecks, cancellationToken);
        var ranksAfter = RankAll(afterNetwork, bottlenecks, cancellationToken);
        var topBefore = ranksBefore.Rows(bottlenecks.Top);
        var topAfter = ranksAfter.Rows(bottlenecks.Top);
        var changes = topBefore.Concat(topAfter).Select(r => r.NodeId).Distinct(StringComparer.Ordinal)
            .Select(id => (Before: ranksBefore.Find(id), After: ranksAfter.Find(id), Id: id))
            .Where(x => x.Before?.Rank != x.After?.Rank)
            .Select(x => new RankChange(x.Id, x.Before?.Rank, x.After?.Rank, x.Before?.Betweenness, x.After?.Betweenness))
            .OrderBy(c => Math.Min(c.RankBefore ?? int.MaxValue, c.RankAfter ?? int.MaxValue))
            .ToList();

        IReadOnlyList<InteroperabilityPath> pathsBefore = [];
        IReadOnlyList<InteroperabilityPath> pathsAfter = [];
        if (request.PathFrom is not null || request.PathTo is not null)
        {
            var from = request.PathFrom ?? throw new AnalysisException(AnalysisCodes.InvalidArgument, "pathFrom and pathTo go together.");
            var to = request.PathTo ?? throw new AnalysisException(AnalysisCodes.InvalidArgument, "pathFrom and pathTo go together.");
            pathsBefore = FindPaths(beforeNetwork, from, to, request.K);
            pathsAfter = after.TryGetIndex(from, out _) && after.TryGetIndex(to, out _) ? FindPaths(afterNetwork, from, to, request.K) : [];
        }

        var keysBefore = pathsBefore.Select(PathKey).ToHashSet(StringComparer.Ordinal);
        var keysAfter = pathsAfter.Select(PathKey).ToHashSet(StringComparer.Ordinal);
        return new WhatIfResult(
            topBefore,
            topAfter,
            changes,
            pathsBefore,
            pathsAfter,
            [.. pathsBefore.Where(p => !keysAfter.Contains(PathKey(p)))],
            [.. pathsAfter.Where(p => !keysBefore.Contains(PathKey(p)))]);
    }

    private static string PathKey(InteroperabilityPath path) => string.Join('\u001f', path.NodeIds);

    private DateOnly DateOf(DateOnly? asOf) => asOf ?? DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private static void Validate(BottleneckQuery query)
    {
        if (query.Top is < 1 or > BottleneckQuery.MaxTop)
        {
            throw new AnalysisException(AnalysisCodes.InvalidArgument, $"top must be between 1 and {BottleneckQuery.MaxTop}.");
        }

        if (query.Samples is < 1)
        {
            throw new AnalysisException(AnalysisCodes.InvalidArgument, "samples must be at least 1.");
        }

        foreach (var kind in query.Kinds)
        {
            if (!CoordinationNetwork.IsMember(kind))
            {
                throw new AnalysisException(AnalysisCodes.InvalidArgument, $"kinds may be Institution and Mechanism, not {kind}.");
            }
        }
    }

    private static int RequireNode(GraphSnapshot snapshot, string id) =>
        snapshot.TryGetIndex(id, out var index)
            ? index
            : throw new AnalysisException(AnalysisCodes.UnknownNode, $"No node has id '{id}'.") { NodeIds = [id] };

    private static IReadOnlyList<InteroperabilityPath> FindPaths(CoordinationNetwork network, string from, string to, int k)
    {
        if (k is < 1 or > MaxK)
        {
            throw new AnalysisException(AnalysisCodes.KOutOfRange, $"k must be between 1 and {MaxK}, not {k}.");
        }

        var snapshot = network.Snapshot;
        foreach (var id in new[] { from, to })
        {
            var index = RequireNode(snapshot, id);
            if (snapshot.Kind(index) != NodeKind.Institution)
            {
                throw new AnalysisException(AnalysisCodes.NotAnInstitution, $"{id} is a {snapshot.Kind(index)}, not an Institution.") { NodeIds = [id] };
            }
        }

        if (from == to)
        {
            throw new AnalysisException(AnalysisCodes.SameEndpoints, $"Both ends are {from}; choose two different institutions.") { NodeIds = [from] };
        }

        if (!network.TryGetNode(from, out var a) || !network.TryGetNode(to, out var b))
        {
            return [];
        }

        return new InteroperabilityFinder(network).Find(a, b, k);
    }

    private static BottleneckRanking RankAll(CoordinationNetwork network, BottleneckQuery query, CancellationToken cancellationToken)
    {
        var graph = network.Graph;
        var n = graph.NodeCount;
        var centrality = new BetweennessCentrality(graph) { Weighted = query.Weighted };
        var betweenness = n == 0 ? []
            : query.Samples is { } k && k < n ? centrality.ComputeSampled(k, query.Seed ?? 0, cancellationToken)
            : centrality.Compute(cancellationToken);
        int[] order = [.. Enumerable.Range(0, n)
            .Where(v => query.Kinds.Count == 0 || query.Kinds.Contains(network.Kind(v)))
            .OrderByDescending(v => betweenness[v])
            .ThenBy(network.NodeId, StringComparer.Ordinal)];
        return new BottleneckRanking(
            network,
            order,
            betweenness,
            new ArticulationPointsAndBridges(graph).Compute().ArticulationPoints,
            new CoreDecomposition(graph).Compute(),
            new TransitiveDependants(DependsOnGraph(network)));
    }

    // DEPENDS_ON among the network's nodes, valid on the network's date, indexed like the network.
    private static IndexedGraph DependsOnGraph(CoordinationNetwork network)
    {
        var g = network.Snapshot;
        var from = new List<int>();
        var to = new List<int>();
        for (var e = 0; e < g.RelationshipCount; e++)
        {
            if (g.Type(e) == RelationshipType.DependsOn && g.IsRelationshipUsableOn(e, network.AsOf)
                && network.TryGetNode(g.NodeId(g.From(e)), out var a) && network.TryGetNode(g.NodeId(g.To(e)), out var b))
            {
                from.Add(a);
                to.Add(b);
            }
        }

        return IndexedGraph.FromEdges(network.NodeCount, from, to, directed: true);
    }

    private static GraphSnapshot Apply(GraphSnapshot snapshot, WhatIfRequest request)
    {
        var removedNodes = new HashSet<int>();
        foreach (var id in request.RemoveNodeIds)
        {
            removedNodes.Add(RequireNode(snapshot, id));
        }

        var removedRelationships = new HashSet<int>();
        foreach (var id in request.RemoveRelationshipIds)
        {
            removedRelationships.Add(snapshot.TryGetRelationshipIndex(id, out var e)
                ? e
                : throw new AnalysisException(AnalysisCodes.UnknownRelationship, $"No relationship has id '{id}'."));
        }

        var builder = new GraphSnapshotBuilder(snapshot.Revision);
        builder.AddFrom(snapshot, i => !removedNodes.Contains(i), e => !removedRelationships.Contains(e));
        var added = request.AddNodes.ToDictionary(n => n.Id, n => n.Kind, StringComparer.Ordinal);
        NodeKind? KindOf(string id) =>
            added.TryGetValue(id, out var kind) ? kind
            : snapshot.TryGetIndex(id, out var i) && !removedNodes.Contains(i) ? snapshot.Kind(i)
            : null;

        foreach (var node in request.AddNodes)
        {
            if (GraphValidator.ValidateNode(node, KindOf, ValidationOptions.Import).FirstOrDefault() is { } problem)
            {
                throw new AnalysisException(AnalysisCodes.InvalidArgument, $"Added node {node.Id}: {problem.Message}.");
            }

            builder.AddNode(node);
        }

        foreach (var relationship in request.AddRelationships)
        {
            foreach (var end in new[] { relationship.From, relationship.To })
            {
                if (KindOf(end) is null)
                {
                    throw new AnalysisException(AnalysisCodes.UnknownNode, $"Added relationship {relationship.Id} refers to unknown node '{end}'.") { NodeIds = [end] };
                }
            }

            if (GraphValidator.ValidateRelationship(relationship, KindOf, ValidationOptions.Import).FirstOrDefault() is { } problem)
            {
                throw new AnalysisException(AnalysisCodes.InvalidArgument, $"Added relationship {relationship.Id}: {problem.Message}.");
            }

            builder.AddRelationship(relationship);
        }

        return builder.Build();
    }

    private CoordinationNetwork NetworkOf(GraphSnapshot snapshot, DateOnly asOf)
    {
        var byDate = _networks.GetOrCreateValue(snapshot);
        if (byDate.Count > MaxCachedDates)
        {
            byDate.Clear();
        }

        return byDate.GetOrAdd(asOf.DayNumber, _ => CoordinationNetwork.Build(snapshot, asOf));
    }
}
