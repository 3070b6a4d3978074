using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Graphs;

public class LocalityOrderTests
{
    [Fact]
    public void NumbersNodesBreadthFirstFromTheBestConnectedNode()
    {
        // Star centre 3 comes first, then its neighbours in adjacency order; the separate edge 5-6 comes last.
        var graph = TestGraphs.Undirected(7, (3, 0), (3, 1), (3, 2), (3, 4), (0, 1), (5, 6));

        LocalityOrder.NewIndexes(graph).ShouldBe([1, 2, 3, 0, 4, 5, 6]);
    }

    [Fact]
    public void RelabelKeepsEdgesWeightsAndIdsUnderTheNewNames()
    {
        var random = new Random(17);
        for (var i = 0; i < 30; i++)
        {
            var graph = TestGraphs.Random(random, 1, 30, 0.2, weighted: true);
            var newIndexOf = LocalityOrder.NewIndexes(graph);

            var relabelled = graph.Relabel(newIndexOf);

            newIndexOf.Order().ShouldBe(Enumerable.Range(0, graph.NodeCount));
            relabelled.EdgeCount.ShouldBe(graph.EdgeCount);
            for (var e = 0; e < graph.EdgeCount; e++)
            {
                relabelled.EdgeFrom[e].ShouldBe(newIndexOf[graph.EdgeFrom[e]]);
                relabelled.EdgeTo[e].ShouldBe(newIndexOf[graph.EdgeTo[e]]);
                relabelled.Weight(e).ShouldBe(graph.Weight(e));
            }

            for (var v = 0; v < graph.NodeCount; v++)
            {
                relabelled.Neighbours(newIndexOf[v]).ToArray().Order()
                    .ShouldBe(graph.Neighbours(v).ToArray().Select(w => newIndexOf[w]).Order());
            }
        }
    }

    [Fact]
    public void RelabelRejectsAMappingThatIsNotAPermutation()
    {
        Should.Throw<ArgumentException>(() => TestGraphs.Path(3).Relabel([0, 0, 1]));
        Should.Throw<ArgumentException>(() => TestGraphs.Path(3).Relabel([0, 1]));
    }
}
