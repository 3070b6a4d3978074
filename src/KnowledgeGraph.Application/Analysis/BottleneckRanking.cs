using KnowledgeGraph.Analytics.Coordination;
using KnowledgeGraph.Analytics.Dependencies;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>
/// Every ranked node of one network with the measures behind its row; rows are materialised on demand because
/// transitive dependants cost a search per node.
/// </summary>
internal sealed class BottleneckRanking(
    CoordinationNetwork network, int[] order, double[] betweenness, bool[] articulationPoints, int[] coreNumbers, TransitiveDependants dependants)
{
    private Dictionary<string, int>? _rankById;

    public IReadOnlyList<BottleneckRow> Rows(int top) => [.. order.Take(top).Select((v, i) => Row(v, i + 1))];

    /// <summary>The rank and betweenness of a node (no dependants), or null when it is not ranked.</summary>
    public (int Rank, double Betweenness)? Find(string id)
    {
        _rankById ??= order.Select((v, i) => (Id: network.NodeId(v), Rank: i + 1)).ToDictionary(x => x.Id, x => x.Rank, StringComparer.Ordinal);
        return _rankById.TryGetValue(id, out var rank) ? (rank, betweenness[order[rank - 1]]) : null;
    }

    private BottleneckRow Row(int v, int rank) => new(
        network.NodeId(v),
        network.Snapshot.NodeName(network.SnapshotIndex(v)),
        network.Kind(v),
        rank,
        betweenness[v],
        articulationPoints[v],
        dependants.TransitiveCount(v),
        dependants.DirectCount(v),
        coreNumbers[v]);
}
