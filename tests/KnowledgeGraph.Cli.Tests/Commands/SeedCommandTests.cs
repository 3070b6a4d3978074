using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class SeedCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SeedingTheRealSeedsMeetsTheCoverageFloor()
    {
        var db = _dir.File("kg.db");

        var seed = await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db]);
        var stats = await CliRun.RunAsync(["stats", "--json", "--db", db]);

        seed.ExitCode.ShouldBe(0, seed.Error);
        stats.ExitCode.ShouldBe(0, stats.Error);
        using var json = JsonDocument.Parse(stats.Out);
        var nodes = json.RootElement.GetProperty("nodes");
        nodes.GetProperty("Institution").GetInt64().ShouldBeGreaterThanOrEqualTo(45);
        nodes.GetProperty("Competency").GetInt64().ShouldBeGreaterThanOrEqualTo(18);
        nodes.GetProperty("Agreement").GetInt64().ShouldBeGreaterThanOrEqualTo(12);
        nodes.GetProperty("Mechanism").GetInt64().ShouldBeGreaterThanOrEqualTo(14);
        nodes.GetProperty("Barrier").GetInt64().ShouldBeGreaterThanOrEqualTo(8);
        nodes.GetProperty("Objective").GetInt64().ShouldBeGreaterThanOrEqualTo(6);
        json.RootElement.GetProperty("relationships").EnumerateObject().Sum(p => p.Value.GetInt64()).ShouldBeGreaterThanOrEqualTo(350);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["nodes", "relationships"]);
    }

    [Fact]
    public async Task SeedingTwiceReportsNothingCreatedOrUpdatedAndExportsTheSameBytes()
    {
        var db = _dir.File("kg.db");

        var first = await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db]);
        var firstExport = await CliRun.RunAsync(["export", "--db", db]);
        var second = await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db]);
        var secondExport = await CliRun.RunAsync(["export", "--db", db]);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Out.ShouldNotContain("created 0,");
        second.ExitCode.ShouldBe(0, second.Error);
        second.Out.ShouldContain("created 0, updated 0, unchanged ");
        firstExport.StdoutBytes.Length.ShouldBeGreaterThan(1000);
        secondExport.StdoutBytes.ShouldBe(firstExport.StdoutBytes);
    }

    [Fact]
    public async Task RefusesInvalidSeedsAndLeavesTheDatabaseEmpty()
    {
        var seeds = Path.Combine(_dir.Path, "graph-seeds");
        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(seeds, "bad.yaml"), "kind: Barrier\nnodes:\n  - id: leaks\n    name: Leaks\n    confidence: high\n");
        var db = _dir.File("kg.db");

        var seed = await CliRun.RunAsync(["seed", seeds, "--db", db]);
        var stats = await CliRun.RunAsync(["stats", "--json", "--db", db]);

        seed.ExitCode.ShouldBe(1);
        seed.Error.ShouldContain($"{seeds}/bad.yaml:3:5: at least one source is required");
        seed.Error.ShouldContain("nothing was seeded");
        stats.Out.Trim().ShouldBe("""{"nodes":{},"relationships":{}}""");
    }
}
