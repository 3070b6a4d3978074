using KnowledgeGraph.Analytics.Ordering;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Ordering;

public class CriticalChainTests
{
    [Fact]
    public void FollowsTheLongestChainOfIncludedNodes()
    {
        // 0 requires 1 and 2; 1 requires 3; 3 requires 4; 2 requires 4.
        var graph = TestGraphs.Directed(5, (0, 1), (0, 2), (1, 3), (3, 4), (2, 4));

        new CriticalChain(graph).Longest(0, _ => true).ShouldBe([0, 1, 3, 4]);
        new CriticalChain(graph).Longest(0, v => v != 3).ShouldBe([0, 2, 4]);
    }

    [Fact]
    public void ThrowsOnACycle()
    {
        Should.Throw<InvalidOperationException>(() => new CriticalChain(TestGraphs.Directed(2, (0, 1), (1, 0))).Longest(0, _ => true));
    }
}
