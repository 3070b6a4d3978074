namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ExportImportJsonlIntoAnEmptyDatabaseThenExportGivesIdenticalBytes()
    {
        var source = _dir.File("source.db");
        var target = _dir.File("target.db");
        var first = _dir.File("first.jsonl");
        var second = _dir.File("second.jsonl");

        (await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", source])).ExitCode.ShouldBe(0);
        var export = await CliRun.RunAsync(["export", "--out", first, "--db", source]);
        var import = await CliRun.RunAsync(["import-jsonl", first, "--db", target]);
        var again = await CliRun.RunAsync(["export", "--out", second, "--db", target]);

        export.ExitCode.ShouldBe(0, export.Error);
        import.ExitCode.ShouldBe(0, import.Error);
        import.Out.ShouldContain("updated 0, unchanged 0");
        again.ExitCode.ShouldBe(0, again.Error);
        var bytes = await File.ReadAllBytesAsync(first);
        bytes.Length.ShouldBeGreaterThan(1000);
        (await File.ReadAllBytesAsync(second)).ShouldBe(bytes);
        export.StdoutBytes.ShouldBeEmpty();
    }

    [Fact]
    public async Task WritesJsonlToStdoutAndTheSummaryToStderrWithoutOut()
    {
        var db = _dir.File("kg.db");
        (await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db])).ExitCode.ShouldBe(0);

        var export = await CliRun.RunAsync(["export", "--db", db]);

        export.StdoutText.Split('\n')[0].ShouldBe("""{"record":"header","format":"knowledge-graph-jsonl","version":1}""");
        export.Error.ShouldMatch(@"^exported \d+ nodes, \d+ relationships\s*$");
    }

    [Fact]
    public async Task ReportsTheLineAndKeepsTheDatabaseEmptyGivenACorruptFile()
    {
        var file = _dir.Write("bad.jsonl", "{\"record\":\"header\",\"format\":\"knowledge-graph-jsonl\",\"version\":1}\n{\"record\":\"node\",\"id\":\"a\"\n");
        var db = _dir.File("kg.db");

        var import = await CliRun.RunAsync(["import-jsonl", file, "--db", db]);
        var stats = await CliRun.RunAsync(["stats", "--json", "--db", db]);

        import.ExitCode.ShouldBe(1);
        import.Error.ShouldStartWith($"error: {file}:2: not valid JSON");
        import.Error.ShouldNotContain("   at ");
        stats.Out.Trim().ShouldBe("""{"nodes":{},"relationships":{}}""");
    }
}
