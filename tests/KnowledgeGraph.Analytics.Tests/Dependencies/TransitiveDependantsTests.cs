using KnowledgeGraph.Analytics.Dependencies;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Dependencies;

public class TransitiveDependantsTests
{
    [Fact]
    public void CountsDirectAndTransitiveDependants()
    {
        // 1, 2 depend on 0 (twice for 2); 3 depends on 1; 4 depends on 3.
        var graph = TestGraphs.Directed(5, (1, 0), (2, 0), (2, 0), (3, 1), (4, 3));
        var dependants = new TransitiveDependants(graph);

        dependants.DirectCount(0).ShouldBe(2);
        dependants.TransitiveCount(0).ShouldBe(4);
        dependants.Dependants(1).ShouldBe([3, 4]);
        dependants.TransitiveCount(4).ShouldBe(0);
    }

    [Fact]
    public void DoesNotCountANodeAsItsOwnDependantOnACycle()
    {
        var dependants = new TransitiveDependants(TestGraphs.Directed(2, (0, 1), (1, 0)));

        dependants.TransitiveCount(0).ShouldBe(1);
    }

    [Fact]
    public void MatchesSearchFromEveryNodeOnRandomGraphs()
    {
        var random = new Random(21);
        for (var i = 0; i < 200; i++)
        {
            var graph = TestGraphs.Random(random, 1, 12, random.NextDouble() * 0.3, directed: true);
            var dependants = new TransitiveDependants(graph);

            for (var v = 0; v < graph.NodeCount; v++)
            {
                dependants.TransitiveCount(v).ShouldBe(BruteForce.ReachersOf(graph, v));
            }
        }
    }
}
