using KnowledgeGraph.Analytics.Paths;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Paths;

public class YenKShortestPathsTests
{
    [Fact]
    public void ListsTheFourRoutesAcrossASquareWithADiagonal()
    {
        // 0-1-3 costs 2, 0-2-3 and 0-1-2-3 cost 3 (fewer hops first), 0-2-1-3 costs 4.
        var graph = TestGraphs.Weighted(4, (0, 1, 1), (1, 3, 1), (0, 2, 2), (2, 3, 1), (1, 2, 1));

        var paths = new YenKShortestPaths(graph).Find(0, 3, 4);

        paths.Select(p => p.Cost).ShouldBe([2, 3, 3, 4]);
        paths[0].Nodes.ShouldBe([0, 1, 3]);
        paths.Select(p => string.Join('-', p.Nodes)).ShouldBe(["0-1-3", "0-2-3", "0-1-2-3", "0-2-1-3"]);
    }

    [Fact]
    public void StopsWhenFewerPathsExist()
    {
        var paths = new YenKShortestPaths(TestGraphs.Path(4)).Find(0, 3, 5);

        paths.Count.ShouldBe(1);
        paths[0].Nodes.ShouldBe([0, 1, 2, 3]);
    }

    [Fact]
    public void ReturnsNothingBetweenDisconnectedParts()
    {
        new YenKShortestPaths(TestGraphs.Undirected(4, (0, 1), (2, 3))).Find(0, 2, 3).ShouldBeEmpty();
    }

    [Fact]
    public void RejectsEqualEnds()
    {
        Should.Throw<ArgumentException>(() => new YenKShortestPaths(TestGraphs.Path(3)).Find(1, 1, 2));
    }

    [Fact]
    public void MatchesEnumeratedSimplePathsOnRandomGraphs()
    {
        var random = new Random(77);
        for (var i = 0; i < 200; i++)
        {
            var graph = TestGraphs.Random(random, 2, 8, 0.3 + (random.NextDouble() * 0.4), weighted: i % 2 == 0);
            var k = random.Next(1, 8);
            var target = graph.NodeCount - 1;
            var expected = BruteForce.SimplePaths(graph, 0, target).Select(p => p.Cost).Order().Take(k).ToList();

            var paths = new YenKShortestPaths(graph).Find(0, target, k);

            paths.Select(p => p.Cost).ShouldBe(expected, 1e-9, $"graph {i}");
            paths.Select(p => string.Join(',', p.Edges)).Distinct().Count().ShouldBe(paths.Count);
            foreach (var path in paths)
            {
                path.Nodes.Distinct().Count().ShouldBe(path.Nodes.Count, "loopless");
                path.Nodes[0].ShouldBe(0);
                path.Nodes[^1].ShouldBe(target);
                for (var h = 0; h < path.Edges.Count; h++)
                {
                    graph.Opposite(path.Edges[h], path.Nodes[h]).ShouldBe(path.Nodes[h + 1]);
                }
            }
        }
    }
}
