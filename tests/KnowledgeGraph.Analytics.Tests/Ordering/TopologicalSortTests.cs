using KnowledgeGraph.Analytics.Ordering;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Ordering;

public class TopologicalSortTests
{
    [Fact]
    public void PutsEveryNodeAfterItsPredecessorsSmallestFirst()
    {
        var graph = TestGraphs.Directed(5, (3, 1), (1, 0), (4, 0), (2, 4));

        var result = new TopologicalSort(graph).Compute();

        result.HasCycle.ShouldBeFalse();
        result.Order.ShouldBe([2, 3, 1, 4, 0]);
    }

    [Fact]
    public void NamesTheCycle()
    {
        // 0 -> 1 -> 2 -> 3 -> 1, plus 3 -> 4.
        var graph = TestGraphs.Directed(5, (0, 1), (1, 2), (2, 3), (3, 1), (3, 4));

        var result = new TopologicalSort(graph).Compute();

        result.Cycle.ShouldBe([1, 2, 3]);
        result.Order.ShouldBe([0]);
    }

    [Fact]
    public void SortsOnlyIncludedNodes()
    {
        var graph = TestGraphs.Directed(3, (0, 1), (1, 2), (2, 0));

        new TopologicalSort(graph).Compute(v => v != 2).Order.ShouldBe([0, 1]);
    }

    [Fact]
    public void OrdersRandomDagsAndFindsRealCyclesOtherwise()
    {
        var random = new Random(13);
        for (var i = 0; i < 200; i++)
        {
            var graph = TestGraphs.Random(random, 1, 12, random.NextDouble() * 0.3, directed: true);

            var result = new TopologicalSort(graph).Compute();

            if (result.Cycle is { } cycle)
            {
                for (var j = 0; j < cycle.Count; j++)
                {
                    graph.Neighbours(cycle[j]).ToArray().ShouldContain(cycle[(j + 1) % cycle.Count]);
                }
            }
            else
            {
                var position = new int[graph.NodeCount];
                for (var j = 0; j < result.Order.Count; j++)
                {
                    position[result.Order[j]] = j;
                }

                result.Order.Count.ShouldBe(graph.NodeCount);
                for (var e = 0; e < graph.EdgeCount; e++)
                {
                    position[graph.EdgeFrom[e]].ShouldBeLessThan(position[graph.EdgeTo[e]]);
                }
            }
        }
    }
}
