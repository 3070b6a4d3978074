using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Commands;

[Collection(SeededDatabaseCollection.Name)]
public sealed class PathsCommandTests(SeededDatabase db)
{
    private const string From = "mx-policias-municipales";
    private const string To = "us-fbi";

    [Fact]
    public async Task FindsAtMostThreeChainsFromMunicipalPoliceToTheFbiCheapestFirst()
    {
        var run = await db.RunAsync("paths", From, To, "--k", "3", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var paths = json.RootElement.EnumerateArray().ToList();
        paths.Count.ShouldBeInRange(1, 3);
        paths.Select(p => p.GetProperty("cost").GetDouble()).ShouldBeInOrder(SortDirection.Ascending);
        foreach (var path in paths)
        {
            var nodes = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()).ToList();
            nodes[0].ShouldBe(From);
            nodes[^1].ShouldBe(To);
            nodes.Distinct().Count().ShouldBe(nodes.Count, "a chain visits each actor once");
            var hops = path.GetProperty("hops").EnumerateArray().ToList();
            hops.Select(h => h.GetProperty("from").GetString()).ShouldBe(nodes[..^1]);
            hops.Select(h => h.GetProperty("to").GetString()).ShouldBe(nodes[1..]);
            hops.Sum(h => h.GetProperty("cost").GetDouble()).ShouldBe(path.GetProperty("cost").GetDouble(), 1e-9);
            foreach (var hop in hops)
            {
                var reasons = hop.GetProperty("reasons").EnumerateArray().ToList();
                reasons.ShouldNotBeEmpty();
                reasons.Sum(r => r.GetProperty("amount").GetDouble()).ShouldBe(hop.GetProperty("cost").GetDouble(), 1e-9);
            }
        }
    }

    [Fact]
    public async Task GivesTheSamePathsAndGapsAsTheAnalysisService()
    {
        var expected = await db.Analysis.GetInteroperabilityPathsAsync(From, To, 3, asOf: null);

        var run = await db.RunAsync("paths", From, To, "--k", "3", "--json");

        using var json = JsonDocument.Parse(run.Out);
        var paths = json.RootElement.EnumerateArray().ToList();
        paths.Select(p => p.GetProperty("cost").GetDouble()).ShouldBe(expected.Select(p => p.Cost));
        paths.Select(p => string.Join(">", p.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ShouldBe(expected.Select(p => string.Join(">", p.NodeIds)));
        var gaps = paths[0].GetProperty("gaps").EnumerateArray().ToList();
        gaps.ShouldNotBeEmpty("municipal police and the FBI hold competencies at different levels");
        gaps.Select(g => (g.GetProperty("competency").GetString(), g.GetProperty("fromLevel").GetInt32(), g.GetProperty("toLevel").GetInt32()))
            .ShouldBe(expected[0].Gaps.Select(g => ((string?)g.CompetencyId, g.FromLevel, g.ToLevel)));
        gaps.ShouldAllBe(g => g.GetProperty("fromLevel").GetInt32() != g.GetProperty("toLevel").GetInt32());
        gaps.SelectMany(g => g.GetProperty("agreements").EnumerateArray()).Select(a => a.GetProperty("id").GetString())
            .ShouldBe(expected[0].Gaps.SelectMany(g => g.Agreements).Select(a => a.Id));
    }

    [Fact]
    public async Task TextNamesTheEndsEachPathAndTheGaps()
    {
        var expected = await db.Analysis.GetInteroperabilityPathsAsync(From, To, 2, asOf: null);

        var run = await db.RunAsync("paths", From, To, "--k", "2");

        run.ExitCode.ShouldBe(0, run.Error);
        run.OutLines[0].ShouldStartWith($"{expected.Count} path");
        run.OutLines[0].ShouldContain("Federal Bureau of Investigation");
        foreach (var path in expected)
        {
            run.Out.ShouldContain($"path {path.Rank}: cost ");
            run.Out.ShouldContain(string.Join(" -> ", path.NodeIds));
        }

        run.Out.ShouldContain($"competency gaps between the ends");
        run.Out.ShouldContain($"  {expected[0].Gaps[0].CompetencyId}: {expected[0].Gaps[0].FromLevel} / {expected[0].Gaps[0].ToLevel}");
    }

    [Theory]
    [InlineData("no-such-institution", To, "3", "UNKNOWN_NODE")]
    [InlineData(From, From, "3", "SAME_ENDPOINTS")]
    [InlineData(From, To, "0", "K_OUT_OF_RANGE")]
    [InlineData(From, To, "11", "K_OUT_OF_RANGE")]
    [InlineData("security-treaty", To, "3", "NOT_AN_INSTITUTION")]
    public async Task RefusesWithExitCodeOneAndTheAnalysisCode(string from, string to, string k, string code)
    {
        var run = await db.RunAsync("paths", from, to, "--k", k);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"error: {code}: ");
        run.Error.ShouldNotContain("   at ");
        run.Out.ShouldBeEmpty();
    }
}
