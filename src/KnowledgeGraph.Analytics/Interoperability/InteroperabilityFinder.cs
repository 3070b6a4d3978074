using KnowledgeGraph.Analytics.Coordination;
using KnowledgeGraph.Analytics.Paths;

namespace KnowledgeGraph.Analytics.Interoperability;

/// <summary>The k cheapest loopless chains of coordination between two actors (Yen over link costs), each hop explained.</summary>
public sealed class InteroperabilityFinder
{
    private readonly CoordinationNetwork _network;

    public InteroperabilityFinder(CoordinationNetwork network)
    {
        _network = network;
    }

    /// <summary>Up to k paths between two network nodes, cheapest first; empty when they are not connected.</summary>
    public IReadOnlyList<InteroperabilityPath> Find(int from, int to, int k)
    {
        var paths = new YenKShortestPaths(_network.Graph).Find(from, to, k);
        if (paths.Count == 0)
        {
            return [];
        }

        var g = _network.Snapshot;
        var gaps = CompetencyGaps.Between(g, _network.SnapshotIndex(from), _network.SnapshotIndex(to), _network.AsOf);
        var result = new List<InteroperabilityPath>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            var hops = new List<CoordinationLinkInfo>(path.Edges.Count);
            for (var h = 0; h < path.Edges.Count; h++)
            {
                var info = _network.Describe(path.Edges[h]);

                // Present each hop in walking order.
                hops.Add(info.From == _network.NodeId(path.Nodes[h]) ? info : info with { From = info.To, To = info.From });
            }

            result.Add(new InteroperabilityPath(i + 1, path.Cost, [.. path.Nodes.Select(_network.NodeId)], hops, gaps));
        }

        return result;
    }
}
