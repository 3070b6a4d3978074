using KnowledgeGraph.Analytics.Centrality;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Centrality;

public class CoreDecompositionTests
{
    [Fact]
    public void GivesTrianglesCoreTwoAndPendantsCoreOne()
    {
        // Bow-tie plus a pendant 5 on node 4 and an isolated node 6.
        var graph = TestGraphs.Undirected(7, (0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (2, 4), (4, 5));

        new CoreDecomposition(graph).Compute().ShouldBe([2, 2, 2, 2, 2, 1, 0]);
    }

    [Fact]
    public void GivesACliqueOfFiveCoreFour()
    {
        var edges = new List<(int, int)>();
        for (var a = 0; a < 5; a++)
        {
            for (var b = a + 1; b < 5; b++)
            {
                edges.Add((a, b));
            }
        }

        new CoreDecomposition(TestGraphs.Undirected(5, [.. edges])).Compute().ShouldAllBe(c => c == 4);
    }

    [Fact]
    public void MatchesPeelingOnRandomGraphs()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var graph = TestGraphs.Random(random, 1, 15, random.NextDouble() * 0.6);

            new CoreDecomposition(graph).Compute().ShouldBe(BruteForce.CoreNumbers(graph), $"graph {i}");
        }
    }
}
