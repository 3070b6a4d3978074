using KnowledgeGraph.Analytics.Connectivity;
using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Connectivity;

public class ArticulationPointsAndBridgesTests
{
    [Fact]
    public void FindsTheKnotOfABowTieAndNoBridge()
    {
        var result = new ArticulationPointsAndBridges(TestGraphs.BowTie()).Compute();

        Cut(result).ShouldBe([2]);
        result.Bridges.ShouldBeEmpty();
    }

    [Fact]
    public void MakesEveryInnerNodeOfAPathACutAndEveryEdgeABridge()
    {
        var result = new ArticulationPointsAndBridges(TestGraphs.Path(5)).Compute();

        Cut(result).ShouldBe([1, 2, 3]);
        result.Bridges.ShouldBe([0, 1, 2, 3]);
    }

    [Fact]
    public void MakesTheStarCentreTheOnlyCut()
    {
        var result = new ArticulationPointsAndBridges(TestGraphs.Star(3)).Compute();

        Cut(result).ShouldBe([0]);
        result.Bridges.Length.ShouldBe(3);
    }

    [Fact]
    public void FindsNothingOnACycle()
    {
        var result = new ArticulationPointsAndBridges(TestGraphs.Cycle(6)).Compute();

        Cut(result).ShouldBeEmpty();
        result.Bridges.ShouldBeEmpty();
    }

    [Fact]
    public void TreatsEachDisconnectedPartOnItsOwn()
    {
        // A triangle, a path of three and an isolated node.
        var graph = TestGraphs.Undirected(7, (0, 1), (1, 2), (0, 2), (3, 4), (4, 5));

        var result = new ArticulationPointsAndBridges(graph).Compute();

        Cut(result).ShouldBe([4]);
        result.Bridges.ShouldBe([3, 4]);
    }

    [Fact]
    public void DoesNotCallADoubledLinkABridge()
    {
        var graph = TestGraphs.Undirected(3, (0, 1), (0, 1), (1, 2));

        var result = new ArticulationPointsAndBridges(graph).Compute();

        result.Bridges.ShouldBe([2]);
        Cut(result).ShouldBe([1]);
    }

    [Fact]
    public void HandlesAMillionNodeChainWithoutRecursion()
    {
        var graph = TestGraphs.Path(1_000_000);

        var result = new ArticulationPointsAndBridges(graph).Compute();

        result.Bridges.Length.ShouldBe(999_999);
        result.ArticulationPoints.Count(x => x).ShouldBe(999_998);
    }

    [Fact]
    public void MatchesRemoveAndCountOnRandomGraphs()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var graph = TestGraphs.Random(random, 1, 14, random.NextDouble() * 0.4);

            var result = new ArticulationPointsAndBridges(graph).Compute();

            result.ArticulationPoints.ShouldBe(BruteForce.ArticulationPoints(graph), $"graph {i}");
            result.Bridges.ShouldBe(BruteForce.Bridges(graph), $"graph {i}");
        }
    }

    private static int[] Cut(ArticulationPointsAndBridges result) =>
        [.. result.ArticulationPoints.Select((isCut, v) => (isCut, v)).Where(x => x.isCut).Select(x => x.v)];
}
