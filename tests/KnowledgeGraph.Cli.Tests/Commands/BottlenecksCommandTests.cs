using System.Text.Json;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Cli.Tests.Commands;

[Collection(SeededDatabaseCollection.Name)]
public sealed class BottlenecksCommandTests(SeededDatabase db)
{
    [Fact]
    public async Task TopFiveJsonRanksOneToFiveByDescendingBetweennessAsTheAnalysisServiceDoes()
    {
        var run = await db.RunAsync("bottlenecks", "--top", "5", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("rank").GetInt32()).ShouldBe([1, 2, 3, 4, 5]);
        var betweenness = rows.Select(r => r.GetProperty("betweenness").GetDouble()).ToList();
        betweenness.ShouldBeInOrder(SortDirection.Descending);
        betweenness[0].ShouldBeGreaterThan(0);
        var expected = await db.Analysis.GetBottlenecksAsync(5, null, weighted: false, samples: null, seed: null, asOf: null);
        rows.Select(r => r.GetProperty("id").GetString()).ShouldBe(expected.Select(r => r.NodeId));
        betweenness.ShouldBe(expected.Select(r => r.Betweenness));
        rows.Select(r => r.GetProperty("articulationPoint").GetBoolean()).ShouldBe(expected.Select(r => r.ArticulationPoint));
        rows.Select(r => r.GetProperty("coreNumber").GetInt32()).ShouldBe(expected.Select(r => r.CoreNumber));
        rows.Select(r => r.GetProperty("dependants").GetInt32()).ShouldBe(expected.Select(r => r.Dependants));
        rows.Select(r => r.GetProperty("kind").GetString()).ShouldBe(expected.Select(r => r.Kind.ToString()));
    }

    [Fact]
    public async Task TableShowsTheRowsInRankOrderWithTheirNames()
    {
        var expected = await db.Analysis.GetBottlenecksAsync(3, null, weighted: true, samples: null, seed: null, asOf: null);

        var run = await db.RunAsync("bottlenecks", "--top", "3", "--weighted");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("articulation point");
        run.Out.ShouldContain("weighted by link cost");
        var positions = expected.Select(r => run.Out.IndexOf($" {r.NodeId} ", StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder(SortDirection.Ascending);
        run.Out.ShouldContain(expected[0].Name);
    }

    [Fact]
    public async Task KeepsOnlyTheRequestedKind()
    {
        var run = await db.RunAsync("bottlenecks", "--top", "50", "--kinds", "mechanism", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var kinds = json.RootElement.EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ToList();
        kinds.ShouldNotBeEmpty();
        kinds.ShouldAllBe(k => k == nameof(NodeKind.Mechanism));
    }

    [Fact]
    public async Task SampledBetweennessIsTheSameForTheSameSeed()
    {
        var first = await db.RunAsync("bottlenecks", "--top", "8", "--samples", "5", "--seed", "3", "--json");
        var second = await db.RunAsync("bottlenecks", "--top", "8", "--samples", "5", "--seed", "3", "--json");
        var expected = await db.Analysis.GetBottlenecksAsync(new BottleneckQuery { Top = 8, Samples = 5, Seed = 3 });

        first.ExitCode.ShouldBe(0, first.Error);
        second.Out.ShouldBe(first.Out);
        using var json = JsonDocument.Parse(first.Out);
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe(expected.Select(r => r.NodeId));
    }

    [Theory]
    [InlineData(new[] { "--kinds", "Agreement" }, 1, "error: INVALID_ARGUMENT: kinds may be Institution and Mechanism")]
    [InlineData(new[] { "--top", "0" }, 1, "error: INVALID_ARGUMENT: top must be between 1 and")]
    [InlineData(new[] { "--kinds", "Agency" }, 2, "error: unknown kind 'Agency'")]
    [InlineData(new[] { "--as-of", "2024-02-30" }, 2, "error: --as-of '2024-02-30' is not a date")]
    public async Task RefusesBadOptionsWithTheCodeAndNoStackTrace(string[] options, int exitCode, string message)
    {
        var run = await db.RunAsync(["bottlenecks", .. options]);

        run.ExitCode.ShouldBe(exitCode);
        run.Error.ShouldStartWith(message);
        run.Error.ShouldNotContain("   at ");
        run.Out.ShouldBeEmpty();
    }
}
