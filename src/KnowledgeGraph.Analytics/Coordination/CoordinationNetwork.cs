using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Coordination;

/// <summary>
/// The coordination network (ADR-030): institutions and mechanisms valid on the date, joined by one undirected,
/// costed link per pair that has any channel between them: MEMBER_OF, COORDINATES_WITH, PART_OF, or being parties
/// to the same agreement in force. When a pair has several channels the cheapest one stands for the link.
/// </summary>
public sealed class CoordinationNetwork
{
    private readonly int[] _snapshotIndex;
    private readonly int[] _networkIndex;
    private readonly int[] _basis;
    private readonly int[] _basisPair;
    private readonly int[] _channelCount;

    private CoordinationNetwork(
        GraphSnapshot snapshot, DateOnly? asOf, int[] snapshotIndex, int[] networkIndex, IndexedGraph graph, int[] basis, int[] basisPair, int[] channelCount)
    {
        Snapshot = snapshot;
        AsOf = asOf;
        _snapshotIndex = snapshotIndex;
        _networkIndex = networkIndex;
        Graph = graph;
        _basis = basis;
        _basisPair = basisPair;
        _channelCount = channelCount;
    }

    public GraphSnapshot Snapshot { get; }

    public DateOnly? AsOf { get; }

    /// <summary>The network as an undirected graph whose weights are the link costs; link i is edge i.</summary>
    public IndexedGraph Graph { get; }

    public int NodeCount => _snapshotIndex.Length;

    public int LinkCount => Graph.EdgeCount;

    public static bool IsMember(NodeKind kind) => kind is NodeKind.Institution or NodeKind.Mechanism;

    public int SnapshotIndex(int node) => _snapshotIndex[node];

    public string NodeId(int node) => Snapshot.NodeId(_snapshotIndex[node]);

    public NodeKind Kind(int node) => Snapshot.Kind(_snapshotIndex[node]);

    /// <summary>The network index of a node id; false when the node is unknown, not an actor or not valid on the date.</summary>
    public bool TryGetNode(string id, out int node)
    {
        node = Snapshot.TryGetIndex(id, out var i) ? _networkIndex[i] : -1;
        return node >= 0;
    }

    /// <summary>Builds the network of <paramref name="snapshot"/> as of a date (null: everything, dates ignored).</summary>
    public static CoordinationNetwork Build(GraphSnapshot snapshot, DateOnly? asOf = null)
    {
        var g = snapshot;
        var networkIndex = new int[g.NodeCount];
        var members = new List<int>();
        for (var i = 0; i < g.NodeCount; i++)
        {
            networkIndex[i] = IsMember(g.Kind(i)) && g.IsNodeValidOn(i, asOf) ? members.Count : -1;
            if (networkIndex[i] >= 0)
            {
                members.Add(i);
            }
        }

        var channels = new ChannelList(g.RelationshipCount);
        var agreementParties = new Dictionary<int, List<int>>();
        var frictions = new Dictionary<long, double>();
        var hindrance = new double[g.NodeCount];
        for (var e = 0; e < g.RelationshipCount; e++)
        {
            var type = g.Type(e);
            if (type is not (RelationshipType.MemberOf or RelationshipType.CoordinatesWith or RelationshipType.PartOf
                or RelationshipType.PartyTo or RelationshipType.FrictionWith or RelationshipType.HinderedBy)
                || !g.IsRelationshipUsableOn(e, asOf))
            {
                continue;
            }

            var a = networkIndex[g.From(e)];
            var b = networkIndex[g.To(e)];
            switch (type)
            {
                case RelationshipType.PartyTo when a >= 0 && g.Kind(g.From(e)) == NodeKind.Institution && IsInForce(g, g.To(e)):
                    if (!agreementParties.TryGetValue(g.To(e), out var parties))
                    {
                        agreementParties[g.To(e)] = parties = [];
                    }

                    parties.Add(e);
                    break;
                case RelationshipType.FrictionWith when a >= 0 && b >= 0 && a != b:
                    frictions[PairKey(a, b)] = frictions.GetValueOrDefault(PairKey(a, b)) + LinkCostModel.Friction;
                    break;
                case RelationshipType.HinderedBy:
                    hindrance[g.From(e)] += LinkCostModel.Hindrance;
                    break;
                case RelationshipType.MemberOf or RelationshipType.CoordinatesWith or RelationshipType.PartOf when a >= 0 && b >= 0 && a != b:
                    channels.Add(PairKey(a, b), LinkCostModel.RelationshipChannel(g, e, null), e, -1);
                    break;
            }
        }

        foreach (var (agreement, parties) in agreementParties.OrderBy(p => p.Key))
        {
            for (var x = 0; x < parties.Count; x++)
            {
                for (var y = x + 1; y < parties.Count; y++)
                {
                    var a = networkIndex[g.From(parties[x])];
                    var b = networkIndex[g.From(parties[y])];
                    if (a != b)
                    {
                        var cost = LinkCostModel.AgreementChannel(g, agreement, parties[x], parties[y], null);
                        channels.Add(PairKey(a, b), cost, parties[x], parties[y]);
                    }
                }
            }
        }

        return Collapse(snapshot, asOf, [.. members], networkIndex, channels, frictions, hindrance);
    }

    /// <summary>The link explained: the chosen channel's relationships and every reason behind its cost.</summary>
    public CoordinationLinkInfo Describe(int link)
    {
        var g = Snapshot;
        var a = _snapshotIndex[Graph.EdgeFrom[link]];
        var b = _snapshotIndex[Graph.EdgeTo[link]];
        var reasons = new List<CostReason>();
        string channel;
        string[] relationshipIds;
        if (_basisPair[link] >= 0)
        {
            var ea = _basis[link];
            var eb = _basisPair[link];
            LinkCostModel.AgreementChannel(g, g.To(ea), ea, eb, reasons);
            channel = "SHARED_AGREEMENT";
            relationshipIds = [g.RelationshipId(ea), g.RelationshipId(eb)];
        }
        else
        {
            var e = _basis[link];
            LinkCostModel.RelationshipChannel(g, e, reasons);
            channel = g.Type(e).ToWireName();
            relationshipIds = [g.RelationshipId(e)];
        }

        LinkCostModel.PairPenalty(g, a, b, AsOf, reasons);
        return new CoordinationLinkInfo(
            link, g.NodeId(a), g.NodeId(b), Graph.Weight(link), channel, relationshipIds, _channelCount[link], reasons);
    }

    /// <summary>Agreements count as links while in force: status active, executed or unset, or any status while dated valid.</summary>
    internal static bool IsInForce(GraphSnapshot g, int agreement) =>
        g.Kind(agreement) == NodeKind.Agreement
        && (g.Category(agreement) is null or "active" or "executed" || g.Nodes.ValidTo[agreement] != GraphSnapshot.OpenEnd)
        && g.Category(agreement) != "proposed";

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static CoordinationNetwork Collapse(
        GraphSnapshot g, DateOnly? asOf, int[] members, int[] networkIndex, ChannelList channels, Dictionary<long, double> frictions, double[] hindrance)
    {
        var order = channels.SortedOrder();
        var pairs = 0;
        for (var i = 0; i < order.Length; i++)
        {
            pairs += i == 0 || channels.Keys[order[i]] != channels.Keys[order[i - 1]] ? 1 : 0;
        }

        var from = new int[pairs];
        var to = new int[pairs];
        var cost = new double[pairs];
        var basis = new int[pairs];
        var basisPair = new int[pairs];
        var counts = new int[pairs];
        var link = 0;
        var start = 0;
        while (start < order.Length)
        {
            var key = channels.Keys[order[start]];
            var best = order[start];
            var next = start + 1;
            while (next < order.Length && channels.Keys[order[next]] == key)
            {
                var c = channels.Costs[order[next]];
                if (c < channels.Costs[best] || (c == channels.Costs[best] && channels.EdgeA[order[next]] < channels.EdgeA[best]))
                {
                    best = order[next];
                }

                next++;
            }

            var a = (int)(key >> 32);
            var b = (int)(key & 0xFFFFFFFF);
            from[link] = a;
            to[link] = b;
            cost[link] = channels.Costs[best] + frictions.GetValueOrDefault(key) + hindrance[members[a]] + hindrance[members[b]];
            basis[link] = channels.EdgeA[best];
            basisPair[link] = channels.EdgeB[best];
            counts[link] = next - start;
            link++;
            start = next;
        }

        var graph = IndexedGraph.FromEdges(members.Length, from, to, cost);
        return new CoordinationNetwork(g, asOf, members, networkIndex, graph, basis, basisPair, counts);
    }
}
