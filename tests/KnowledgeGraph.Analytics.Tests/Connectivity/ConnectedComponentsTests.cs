using KnowledgeGraph.Analytics.Connectivity;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Connectivity;

public class ConnectedComponentsTests
{
    [Fact]
    public void NumbersComponentsBySmallestNode()
    {
        var graph = TestGraphs.Undirected(7, (5, 6), (0, 1), (1, 2), (3, 4));

        var result = new ConnectedComponents(graph).Compute();

        result.Component.ShouldBe([0, 0, 0, 1, 1, 2, 2]);
        result.Sizes.ShouldBe([3, 2, 2]);
    }

    [Fact]
    public void FindsOneComponentInABowTie()
    {
        new ConnectedComponents(TestGraphs.BowTie()).Compute().Count.ShouldBe(1);
    }

    [Fact]
    public void MatchesUnionFindOnRandomGraphs()
    {
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var graph = TestGraphs.Random(random, 1, 20, random.NextDouble() * 0.2);

            var result = new ConnectedComponents(graph).Compute();

            result.Count.ShouldBe(BruteForce.ComponentCount(graph));
            for (var e = 0; e < graph.EdgeCount; e++)
            {
                result.Component[graph.EdgeFrom[e]].ShouldBe(result.Component[graph.EdgeTo[e]]);
            }
        }
    }
}
