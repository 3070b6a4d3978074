using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Application.Tests.Analysis;

/// <summary>End to end: the curated seeds in the SQLite store, analysed through the service, checked by independent means.</summary>
public class SeededGraphAnalysisTests(SeededGraphFixture fixture) : IClassFixture<SeededGraphFixture>
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public async Task FlagsExactlyTheNodesWhoseRemovalSplitsTheNetwork()
    {
        var network = await fixture.Service.GetCoordinationNetworkAsync(Today);
        var rows = await fixture.Service.GetBottlenecksAsync(network.Nodes.Count, null, weighted: true, samples: null, seed: null, Today);

        rows.Count.ShouldBe(network.Nodes.Count);
        rows.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, rows.Count));
        var baseline = Components(network, removed: null);
        foreach (var row in rows)
        {
            var isolated = network.Links.All(l => l.From != row.NodeId && l.To != row.NodeId);
            var splits = Components(network, row.NodeId) > baseline - (isolated ? 1 : 0);
            row.ArticulationPoint.ShouldBe(splits, row.NodeId);
        }
    }

    [Fact]
    public async Task FindsCheapestChainsFromMunicipalPoliceToTheFbi()
    {
        var paths = await fixture.Service.GetInteroperabilityPathsAsync("mx-policias-municipales", "us-fbi", 3, Today);

        paths.Count.ShouldBeInRange(1, 3);
        paths.Select(p => p.Cost).ShouldBeInOrder(SortDirection.Ascending);
        foreach (var path in paths)
        {
            path.NodeIds[0].ShouldBe("mx-policias-municipales");
            path.NodeIds[^1].ShouldBe("us-fbi");
            path.NodeIds.Distinct().Count().ShouldBe(path.NodeIds.Count);
            path.Hops.Sum(h => h.Cost).ShouldBe(path.Cost, 1e-9);
            path.Hops.ShouldAllBe(h => Math.Abs(h.Reasons.Sum(r => r.Amount) - h.Cost) < 1e-9);
        }
    }

    [Fact]
    public async Task OrdersTheTreatyRoadmapAfterEachPrerequisite()
    {
        var plan = await fixture.Service.GetRoadmapAsync("security-treaty", Today);
        var requires = await fixture.Store.GetRelationshipsAsync(new RelationshipQuery([.. plan.Prerequisites.Select(p => p.Id).Append("security-treaty")], Direction.Outgoing) { Types = [RelationshipType.Requires] });

        var position = plan.UnmetInOrder.Select((item, i) => (item.Id, i)).ToDictionary(x => x.Id, x => x.i);
        foreach (var r in requires)
        {
            if (position.TryGetValue(r.From, out var objective) && position.TryGetValue(r.To, out var prerequisite))
            {
                prerequisite.ShouldBeLessThan(objective, $"{r.To} before {r.From}");
            }
        }

        plan.UnmetInOrder.ShouldAllBe(item => !item.Met);
        plan.CriticalChain.ShouldAllBe(item => position.ContainsKey(item.Id));
    }

    [Fact]
    public async Task ReadsADifferentNetworkInEarlierYears()
    {
        var then = await fixture.Service.GetCoordinationNetworkAsync(new DateOnly(2015, 6, 1));
        var now = await fixture.Service.GetCoordinationNetworkAsync(Today);

        Keys(then).SetEquals(Keys(now)).ShouldBeFalse();
    }

    private static HashSet<string> Keys(CoordinationNetworkResult network) =>
        [.. network.Links.Select(l => string.CompareOrdinal(l.From, l.To) < 0 ? $"{l.From}|{l.To}" : $"{l.To}|{l.From}")];

    private static int Components(CoordinationNetworkResult network, string? removed)
    {
        var parent = network.Nodes.Where(n => n.Id != removed).ToDictionary(n => n.Id, n => n.Id);
        string Find(string x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var link in network.Links.Where(l => l.From != removed && l.To != removed))
        {
            parent[Find(link.From)] = Find(link.To);
        }

        return parent.Keys.Select(Find).Distinct().Count();
    }
}
