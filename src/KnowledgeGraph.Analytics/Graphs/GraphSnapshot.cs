using System.Collections.Frozen;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Graphs;

/// <summary>
/// An immutable in-memory view of the whole graph for analysis: nodes and relationships get dense int indexes,
/// attributes live in parallel arrays and adjacency in compressed sparse rows (out and in). It holds no
/// <see cref="Node"/> or <see cref="Relationship"/> objects, so a million nodes and four million relationships fit
/// in a few hundred megabytes. Build it with <see cref="GraphSnapshotBuilder"/>.
/// </summary>
public sealed class GraphSnapshot
{
    internal const int OpenStart = int.MinValue;
    internal const int OpenEnd = int.MaxValue;

    private readonly Dictionary<string, int> _indexById;
    private readonly FrozenDictionary<string, int> _relationshipIndexById;

    internal GraphSnapshot(long revision, NodeColumns nodes, EdgeColumns edges, int skippedRelationships, Dictionary<string, int> indexById)
    {
        Revision = revision;
        Nodes = nodes;
        Edges = edges;
        SkippedRelationships = skippedRelationships;
        _indexById = indexById;

        var explicitIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < edges.Count; e++)
        {
            if (edges.ExplicitIds[e] is { } id)
            {
                explicitIds[id] = e;
            }
        }

        _relationshipIndexById = explicitIds.ToFrozenDictionary(StringComparer.Ordinal);
        (OutOffsets, OutTargets, OutEdges) = Adjacency(nodes.Count, edges.From, edges.To, edges.Count);
        (InOffsets, InSources, InEdges) = Adjacency(nodes.Count, edges.To, edges.From, edges.Count);
    }

    /// <summary>The store revision this snapshot was read at.</summary>
    public long Revision { get; }

    public int NodeCount => Nodes.Count;

    public int RelationshipCount => Edges.Count;

    /// <summary>Relationships left out because an end was not among the nodes (a store never yields them).</summary>
    public int SkippedRelationships { get; }

    internal NodeColumns Nodes { get; }

    internal EdgeColumns Edges { get; }

    internal int[] OutOffsets { get; }

    internal int[] OutTargets { get; }

    internal int[] OutEdges { get; }

    internal int[] InOffsets { get; }

    internal int[] InSources { get; }

    internal int[] InEdges { get; }

    public bool TryGetIndex(string nodeId, out int index) => _indexById.TryGetValue(nodeId, out index);

    public string NodeId(int index) => Nodes.Ids[index];

    public string NodeName(int index) => Nodes.Names[index];

    public NodeKind Kind(int index) => (NodeKind)Nodes.Kinds[index];

    public Confidence NodeConfidence(int index) => (Confidence)Nodes.Confidence[index];

    /// <summary>
    /// The kind's main category: Institution.country, Mechanism.permanence, Agreement.status, Objective.holder,
    /// Country.iso, Barrier.category, Competency.pillar; null when absent.
    /// </summary>
    public string? Category(int index) => Nodes.Categories[index];

    public bool IsNodeValidOn(int index, DateOnly? date) =>
        date is not { } d || Within(Nodes.ValidFrom[index], Nodes.ValidTo[index], d.DayNumber);

    public RelationshipType Type(int edge) => (RelationshipType)Edges.Types[edge];

    public int From(int edge) => Edges.From[edge];

    public int To(int edge) => Edges.To[edge];

    public Confidence RelationshipConfidence(int edge) => (Confidence)Edges.Confidence[edge];

    /// <summary>HAS_COMPETENCY.level or COORDINATES_WITH.strength; null when absent.</summary>
    public int? Level(int edge) => Edges.Levels[edge] < 0 ? null : Edges.Levels[edge];

    /// <summary>COORDINATES_WITH.weight; null when absent.</summary>
    public double? Weight(int edge) => double.IsNaN(Edges.Weights[edge]) ? null : Edges.Weights[edge];

    /// <summary>The node id a relationship names in a property: FRICTION_WITH.barrier, DEPENDS_ON.for, MEMBER_OF.role.</summary>
    public string? Reference(int edge) => Edges.References[edge];

    public string RelationshipId(int edge) =>
        Edges.ExplicitIds[edge] ?? Relationship.DefaultId(Nodes.Ids[Edges.From[edge]], Type(edge), Nodes.Ids[Edges.To[edge]]);

    public bool TryGetRelationshipIndex(string relationshipId, out int edge)
    {
        if (_relationshipIndexById.TryGetValue(relationshipId, out edge))
        {
            return true;
        }

        // Default ids are not stored: parse "{from}--{TYPE}->{to}" and look among the from node's edges.
        var dash = relationshipId.IndexOf("--", StringComparison.Ordinal);
        var arrow = relationshipId.IndexOf("->", StringComparison.Ordinal);
        if (dash > 0 && arrow > dash
            && _indexById.TryGetValue(relationshipId[..dash], out var from)
            && _indexById.TryGetValue(relationshipId[(arrow + 2)..], out var to)
            && RelationshipTypes.TryParse(relationshipId[(dash + 2)..arrow], out var type))
        {
            for (var p = OutOffsets[from]; p < OutOffsets[from + 1]; p++)
            {
                var e = OutEdges[p];
                if (OutTargets[p] == to && Type(e) == type && Edges.ExplicitIds[e] is null)
                {
                    edge = e;
                    return true;
                }
            }
        }

        edge = -1;
        return false;
    }

    public bool IsRelationshipValidOn(int edge, DateOnly? date) =>
        date is not { } d || Within(Edges.ValidFrom[edge], Edges.ValidTo[edge], d.DayNumber);

    /// <summary>True when the relationship and both its ends are valid on <paramref name="date"/>.</summary>
    public bool IsRelationshipUsableOn(int edge, DateOnly? date) =>
        IsRelationshipValidOn(edge, date) && IsNodeValidOn(Edges.From[edge], date) && IsNodeValidOn(Edges.To[edge], date);

    /// <summary>Indexes of the relationships leaving <paramref name="node"/>.</summary>
    public ReadOnlySpan<int> OutgoingRelationships(int node) => OutEdges.AsSpan(OutOffsets[node], OutOffsets[node + 1] - OutOffsets[node]);

    /// <summary>Indexes of the relationships arriving at <paramref name="node"/>.</summary>
    public ReadOnlySpan<int> IncomingRelationships(int node) => InEdges.AsSpan(InOffsets[node], InOffsets[node + 1] - InOffsets[node]);

    private static bool Within(int from, int to, int day) => from <= day && day <= to;

    private static (int[] Offsets, int[] Targets, int[] Edges) Adjacency(int n, int[] from, int[] to, int m)
    {
        var offsets = new int[n + 1];
        for (var e = 0; e < m; e++)
        {
            offsets[from[e] + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        var cursor = new int[n];
        Array.Copy(offsets, cursor, n);
        var targets = new int[m];
        var edges = new int[m];
        for (var e = 0; e < m; e++)
        {
            var p = cursor[from[e]]++;
            targets[p] = to[e];
            edges[p] = e;
        }

        return (offsets, targets, edges);
    }
}
