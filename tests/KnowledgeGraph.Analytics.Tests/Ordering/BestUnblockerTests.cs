using KnowledgeGraph.Analytics.Ordering;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Ordering;

public class BestUnblockerTests
{
    [Fact]
    public void PrefersTheReadyPrerequisiteMostOthersWaitOn()
    {
        // Goal 0 requires objectives 1 and 2 and item 5; 1 requires 3 and 4; 2 requires 4. All unmet.
        var graph = TestGraphs.Directed(6, (0, 1), (0, 2), (0, 5), (1, 3), (1, 4), (2, 4));
        bool[] unmet = [true, true, true, true, true, true];

        var ranking = new BestUnblocker(graph).Rank(unmet);

        // 4 holds up 1, 2 and 0; meeting it completes 2 at once. 3 holds up 1 and 0; 5 only 0.
        ranking.ShouldBe([new UnblockerScore(4, 3, 1), new UnblockerScore(3, 2, 0), new UnblockerScore(5, 1, 0)]);
    }

    [Fact]
    public void CountsTheObjectivesCompletedInACascade()
    {
        // 0 requires 1; 1 requires 2; 2 requires 3; only 3 is a leaf.
        var ranking = new BestUnblocker(TestGraphs.Directed(4, (0, 1), (1, 2), (2, 3))).Rank([true, true, true, true]);

        ranking.ShouldBe([new UnblockerScore(3, 3, 3)]);
    }

    [Fact]
    public void IgnoresMetPrerequisites()
    {
        var graph = TestGraphs.Directed(3, (0, 1), (0, 2));

        new BestUnblocker(graph).Rank([true, false, true]).ShouldBe([new UnblockerScore(2, 1, 1)]);
    }
}
