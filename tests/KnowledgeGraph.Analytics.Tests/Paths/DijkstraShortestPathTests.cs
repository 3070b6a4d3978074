using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Paths;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Paths;

public class DijkstraShortestPathTests
{
    [Fact]
    public void TakesTheCheaperDetour()
    {
        var graph = TestGraphs.Weighted(4, (0, 1, 1), (1, 2, 1), (0, 2, 5), (2, 3, 1));

        var path = new DijkstraShortestPath(graph).FindPath(0, 3)!;

        path.Nodes.ShouldBe([0, 1, 2, 3]);
        path.Edges.ShouldBe([0, 1, 3]);
        path.Cost.ShouldBe(3);
    }

    [Fact]
    public void ReturnsNullBetweenDisconnectedParts()
    {
        var graph = TestGraphs.Undirected(4, (0, 1), (2, 3));

        new DijkstraShortestPath(graph).FindPath(0, 3).ShouldBeNull();
        new DijkstraShortestPath(graph).Distances(0).ShouldBe([0, 1, double.PositiveInfinity, double.PositiveInfinity]);
    }

    [Fact]
    public void AvoidsBannedNodesAndEdges()
    {
        var graph = TestGraphs.Cycle(4);
        var dijkstra = new DijkstraShortestPath(graph);

        dijkstra.FindPath(0, 2, bannedNodes: [false, true, false, false])!.Nodes.ShouldBe([0, 3, 2]);
        dijkstra.FindPath(0, 2, bannedEdges: [false, false, true, true]).ShouldNotBeNull().Nodes.ShouldBe([0, 1, 2]);
        dijkstra.FindPath(0, 2, bannedNodes: [false, true, false, true]).ShouldBeNull();
    }

    [Fact]
    public void FollowsEdgeDirectionInDirectedGraphs()
    {
        var graph = TestGraphs.Directed(3, (0, 1), (1, 2));

        new DijkstraShortestPath(graph).FindPath(0, 2)!.Nodes.ShouldBe([0, 1, 2]);
        new DijkstraShortestPath(graph).FindPath(2, 0).ShouldBeNull();
    }

    [Fact]
    public void MatchesTheCheapestSimplePathOnRandomGraphs()
    {
        var random = new Random(8);
        for (var i = 0; i < 200; i++)
        {
            var graph = TestGraphs.Random(random, 2, 8, 0.4, weighted: true);
            var dijkstra = new DijkstraShortestPath(graph);
            var all = BruteForce.SimplePaths(graph, 0, graph.NodeCount - 1);

            var path = dijkstra.FindPath(0, graph.NodeCount - 1);

            if (all.Count == 0)
            {
                path.ShouldBeNull();
            }
            else
            {
                path.ShouldNotBeNull().Cost.ShouldBe(all.Min(p => p.Cost), 1e-9);
            }
        }
    }

    [Fact]
    public void FindsTheSamePathCostsFromBothEndsAsFromOneWithBans()
    {
        // Undirected paths are searched from both ends; distances from one end (the one-sided search) on the graph
        // left after the bans are the reference, over many instances of reused scratch.
        var random = new Random(2718);
        for (var i = 0; i < 60; i++)
        {
            var graph = TestGraphs.Random(random, 2, 40, 0.12, weighted: i % 3 != 0);
            var n = graph.NodeCount;
            var bannedNodes = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.1).ToArray();
            var bannedEdges = Enumerable.Range(0, graph.EdgeCount).Select(_ => random.NextDouble() < 0.1).ToArray();
            var kept = Enumerable.Range(0, graph.EdgeCount)
                .Where(e => !bannedEdges[e] && !bannedNodes[graph.EdgeFrom[e]] && !bannedNodes[graph.EdgeTo[e]]).ToList();
            var remaining = IndexedGraph.FromEdges(
                n, [.. kept.Select(e => graph.EdgeFrom[e])], [.. kept.Select(e => graph.EdgeTo[e])], [.. kept.Select(graph.Weight)]);
            var dijkstra = new DijkstraShortestPath(graph);
            for (var s = 0; s < n; s += 3)
            {
                var expected = new DijkstraShortestPath(remaining).Distances(s);
                for (var t = 0; t < n; t++)
                {
                    if (t == s || bannedNodes[s] || bannedNodes[t])
                    {
                        continue;
                    }

                    var path = dijkstra.FindPath(s, t, bannedNodes, bannedEdges);

                    if (double.IsInfinity(expected[t]))
                    {
                        path.ShouldBeNull($"graph {i}, {s} to {t}");
                    }
                    else
                    {
                        path.ShouldNotBeNull($"graph {i}, {s} to {t}").Cost.ShouldBe(expected[t], 1e-9);
                        path.Nodes[0].ShouldBe(s);
                        path.Nodes[^1].ShouldBe(t);
                        path.Nodes.Distinct().Count().ShouldBe(path.Nodes.Count);
                        path.Nodes.ShouldAllBe(v => !bannedNodes[v]);
                        path.Edges.ShouldAllBe(e => !bannedEdges[e]);
                        for (var h = 0; h < path.Edges.Count; h++)
                        {
                            graph.Opposite(path.Edges[h], path.Nodes[h]).ShouldBe(path.Nodes[h + 1]);
                        }
                    }
                }
            }
        }
    }
}
