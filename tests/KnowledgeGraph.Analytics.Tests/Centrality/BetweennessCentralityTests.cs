using KnowledgeGraph.Analytics.Centrality;
using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Centrality;

public class BetweennessCentralityTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void GivesInnerNodesOfAPathTheirShareOfPairs()
    {
        // Path 0-1-2-3-4: node 1 carries 3 of the 6 pairs among the other four nodes, node 2 carries 4.
        var values = new BetweennessCentrality(TestGraphs.Path(5)).Compute();

        values.ShouldBe([0, 3 / 6.0, 4 / 6.0, 3 / 6.0, 0], Tolerance);
    }

    [Fact]
    public void GivesStarCentreOneAndLeavesZero()
    {
        var values = new BetweennessCentrality(TestGraphs.Star(4)).Compute();

        values.ShouldBe([1, 0, 0, 0, 0], Tolerance);
    }

    [Fact]
    public void GivesBowTieKnotTwoThirds()
    {
        // Node 2 joins two triangles: the 4 pairs across of the 6 pairs among the other nodes pass through it.
        var values = new BetweennessCentrality(TestGraphs.BowTie()).Compute();

        values.ShouldBe([0, 0, 4 / 6.0, 0, 0], Tolerance);
    }

    [Fact]
    public void SplitsPairsOverEqualPathsOnACycle()
    {
        // On a 4-cycle each node is on one of two shortest paths of one opposite pair: 0.5 of 3 pairs.
        var values = new BetweennessCentrality(TestGraphs.Cycle(4)).Compute();

        values.ShouldAllBe(v => Math.Abs(v - (0.5 / 3)) < Tolerance);
    }

    [Fact]
    public void KeepsDisconnectedPartsApart()
    {
        // Two paths of three: only the middles carry a pair each; pairs = 5·4/2 = 10.
        var graph = TestGraphs.Undirected(6, (0, 1), (1, 2), (3, 4), (4, 5));

        var values = new BetweennessCentrality(graph).Compute();

        values.ShouldBe([0, 0.1, 0, 0, 0.1, 0], Tolerance);
    }

    [Fact]
    public void RoutesAroundAnExpensiveEdgeWhenWeighted()
    {
        var graph = TestGraphs.Weighted(3, (0, 1, 1), (1, 2, 1), (0, 2, 3));

        new BetweennessCentrality(graph) { Weighted = true }.Compute().ShouldBe([0, 1, 0], Tolerance);
        new BetweennessCentrality(graph).Compute().ShouldBe([0, 0, 0], Tolerance);
    }

    [Fact]
    public void ScalesSampledValuesByNOverK()
    {
        // With every node as a sample the scaled estimate is the exact value.
        var graph = TestGraphs.BowTie();
        var exact = new BetweennessCentrality(graph).Compute();

        var fromAllSources = new BetweennessCentrality(graph).ComputeFromSources([4, 3, 2, 1, 0]);
        var fromOneSource = new BetweennessCentrality(graph).ComputeFromSources([0]);

        fromAllSources.ShouldBe(exact, Tolerance);

        // From source 0, node 2 lies on the paths to 3 and 4: 2 dependencies, scaled by 1/6 (pairs counted twice) · 5/1.
        fromOneSource[2].ShouldBe(2 / 6.0 / 2 * 5, Tolerance);
    }

    [Fact]
    public void DrawsTheSameSampleForTheSameSeed()
    {
        BetweennessCentrality.SampleSources(100, 10, 7).ShouldBe(BetweennessCentrality.SampleSources(100, 10, 7));
        BetweennessCentrality.SampleSources(100, 10, 7).ShouldNotBe(BetweennessCentrality.SampleSources(100, 10, 8));
        BetweennessCentrality.SampleSources(100, 100, 1).Order().ShouldBe(Enumerable.Range(0, 100));
    }

    [Fact]
    public void RejectsRepeatedSources()
    {
        Should.Throw<ArgumentException>(() => new BetweennessCentrality(TestGraphs.Path(3)).ComputeFromSources([1, 1]));
    }

    [Fact]
    public void MatchesBruteForceOnRandomGraphs()
    {
        var random = new Random(20260101);
        for (var i = 0; i < 200; i++)
        {
            var weighted = i % 2 == 1;
            var graph = TestGraphs.Random(random, 2, 12, random.NextDouble() * 0.6, weighted);

            var values = new BetweennessCentrality(graph) { Weighted = weighted }.Compute();

            values.ShouldBe(BruteForce.Betweenness(graph, weighted), Tolerance, $"graph {i}");
        }
    }

    [Fact]
    public void MatchesBruteForceOnGraphsFullOfLeaves()
    {
        // Leaves are not searched from (their neighbour's search stands in for them): random trees with a few extra
        // edges, some parallel, plus lone edges and isolated nodes, so every case of that shortcut is exercised.
        var random = new Random(314);
        for (var i = 0; i < 60; i++)
        {
            var n = random.Next(3, 25);
            var from = new List<int>();
            var to = new List<int>();
            var weights = new List<double>();
            void Add(int a, int b)
            {
                from.Add(a);
                to.Add(b);
                weights.Add(random.Next(1, 5) / 2.0);
            }

            var treeSize = random.Next(2, n + 1);
            for (var v = 1; v < treeSize; v++)
            {
                Add(v, random.Next(v));
            }

            for (var extra = random.Next(0, 3); extra > 0; extra--)
            {
                Add(random.Next(treeSize), random.Next(treeSize));
            }

            if (treeSize + 2 <= n)
            {
                Add(treeSize, treeSize + 1);
            }

            var graph = IndexedGraph.FromEdges(n, from, to, weights);
            var weighted = i % 2 == 1;

            var values = new BetweennessCentrality(graph) { Weighted = weighted, DegreeOfParallelism = 1 + (i % 3) }.Compute();

            values.ShouldBe(BruteForce.Betweenness(graph, weighted), Tolerance, $"graph {i}");
        }
    }

    [Fact]
    public void GivesTheSameValuesOnOneThreadAndMany()
    {
        var random = new Random(5);
        for (var i = 0; i < 20; i++)
        {
            var graph = TestGraphs.Random(random, 30, 60, 0.1, weighted: i % 2 == 0);
            var weighted = i % 2 == 0;

            var serial = new BetweennessCentrality(graph) { Weighted = weighted, DegreeOfParallelism = 1 }.Compute();
            var parallel = new BetweennessCentrality(graph) { Weighted = weighted, DegreeOfParallelism = 4 }.Compute();

            parallel.ShouldBe(serial, Tolerance);
        }
    }

    [Fact]
    public void MatchesNetworkxExactWeightedAndSampled()
    {
        var random = new Random(99);
        var requests = new List<NetworkX.Request>();
        for (var i = 0; i < 12; i++)
        {
            var graph = TestGraphs.Random(random, 20, 60, 0.08, weighted: true);
            requests.Add(new(graph, Weighted: i % 3 == 1, K: i % 3 == 2 ? Math.Max(1, graph.NodeCount / 3) : null, Seed: i % 3 == 2 ? i : null));
        }

        var answers = NetworkX.Betweenness(requests);

        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            var centrality = new BetweennessCentrality(r.Graph) { Weighted = r.Weighted };
            var values = answers[i].Sources is { } sources ? centrality.ComputeFromSources(sources) : centrality.Compute();
            for (var v = 0; v < values.Length; v++)
            {
                values[v].ShouldBe(answers[i].Values[v], Tolerance, $"graph {i} node {v}");
            }
        }
    }

    [Fact]
    public void RejectsDirectedGraphs()
    {
        Should.Throw<ArgumentException>(() => new BetweennessCentrality(TestGraphs.Directed(2, (0, 1))));
    }

    [Fact]
    public void ReturnsZerosForTinyGraphs()
    {
        new BetweennessCentrality(IndexedGraph.FromEdges(0, [], [])).Compute().ShouldBeEmpty();
        new BetweennessCentrality(TestGraphs.Path(2)).Compute().ShouldBe([0, 0]);
    }
}
