using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ImportsCsvFilesWithTheDefaultKindAndType()
    {
        var nodes = _dir.Write("nodes.csv", "id,name\nn-1,One\nn-2,Two\nn-3,Three\n");
        var edges = _dir.Write("edges.csv", "src,dst,weight\nn-2,n-1,0.25\nn-3,n-1,1\n");
        var db = _dir.File("kg.db");

        var import = await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, "--db", db]);
        var stats = await CliRun.RunAsync(["stats", "--json", "--db", db]);

        import.ExitCode.ShouldBe(0, import.Error);
        import.Out.ShouldStartWith("imported 3 nodes, 2 relationships in ");
        stats.Out.Trim().ShouldBe("""{"nodes":{"Institution":3},"relationships":{"COORDINATES_WITH":2}}""");
    }

    [Fact]
    public async Task CreatesANewFileWithBulkLoadPages_KeepsAnExistingFilesPages_AndTakesAPageSize()
    {
        var nodes = _dir.Write("nodes.csv", "id\nn-1\nn-2\n");
        var edges = _dir.Write("edges.csv", "src,dst\nn-2,n-1\n");
        var imported = _dir.File("imported.db");
        var seeded = _dir.File("seeded.db");
        var small = _dir.File("small.db");

        (await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, "--db", imported])).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", seeded])).ExitCode.ShouldBe(0);
        var intoSeeded = await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, "--db", seeded]);
        var withSize = await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, "--db", small, "--page-size", "4096"]);
        var bad = await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, "--db", _dir.File("bad.db"), "--page-size", "1000"]);

        PageSize(imported).ShouldBe(65536);
        intoSeeded.ExitCode.ShouldBe(0, intoSeeded.Error);
        PageSize(seeded).ShouldBe(16384);
        withSize.ExitCode.ShouldBe(0, withSize.Error);
        PageSize(small).ShouldBe(4096);
        bad.ExitCode.ShouldBe(2);
        bad.Error.Trim().ShouldBe("error: --page-size 1000: expected a power of two from 512 to 65536");
        File.Exists(_dir.File("bad.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task PrintsWhereTheTimeWentGivenTimings()
    {
        var nodes = _dir.Write("nodes.csv", "id,name\nn-1,One\nn-2,Two\n");
        var edges = _dir.Write("edges.csv", "src,dst,weight\nn-2,n-1,0.25\n");

        var import = await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, "--db", _dir.File("kg.db"), "--timings"]);

        import.ExitCode.ShouldBe(0, import.Error);
        import.Out.ShouldMatch(@"(?m)^timings: read \d+\.\d s \(alongside the store\), store \d+\.\d s, commit \d+\.\d s, process CPU \d+\.\d s, GC pauses \d+\.\d s$");
    }

    [Fact]
    public async Task StopsAtABadRowAndLeavesTheDatabaseAsItWas()
    {
        var db = _dir.File("kg.db");
        var good = await CliRun.RunAsync(
            ["import", "--nodes", _dir.Write("n1.csv", "id\nm-1\nm-2\n"), "--edges", _dir.Write("e1.csv", "src,dst\nm-1,m-2\n"),
             "--node-kind", "mechanism", "--rel-type", "part_of", "--db", db]);
        var before = await CliRun.RunAsync(["export", "--db", db]);
        var nodes = _dir.Write("nodes.csv", "id,name\nn-1,One\nn-2,Two\n");
        var edges = _dir.Write("edges.csv", "src,dst,weight\nn-2,n-1,0.25\nn-1,n-7,1\n");

        var bad = await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, "--db", db]);
        var after = await CliRun.RunAsync(["export", "--db", db]);

        good.ExitCode.ShouldBe(0, good.Error);
        bad.ExitCode.ShouldBe(1);
        bad.Error.Trim().ShouldBe($"error: {edges}:3: COORDINATES_WITH.to refers to unknown node 'n-7'");
        after.StdoutBytes.ShouldBe(before.StdoutBytes);
        after.StdoutText.ShouldContain("\"kind\":\"Mechanism\"");
    }

    [Theory]
    [InlineData("--node-kind", "Planet", "error: unknown --node-kind 'Planet'")]
    [InlineData("--rel-type", "LIKES", "error: unknown --rel-type 'LIKES'")]
    public async Task RejectsUnknownKindsAndTypesWithACleanMessage(string option, string value, string expected)
    {
        var nodes = _dir.Write("nodes.csv", "id\nn-1\n");
        var edges = _dir.Write("edges.csv", "src,dst\n");

        var run = await CliRun.RunAsync(["import", "--nodes", nodes, "--edges", edges, option, value, "--db", _dir.File("kg.db")]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith(expected);
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task NamesTheUnknownProviderGivenStorageConfiguration()
    {
        var run = await CliRun.RunAsync(["stats"], new Dictionary<string, string?> { ["Storage:Provider"] = "cassandra" });

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().ShouldBe("error: unknown Storage:Provider 'cassandra' (expected 'embedded' or 'neo4j')");
    }

    [Fact]
    public async Task ChoosesTheNeo4jStoreFromConfigurationAndFailsCleanlyWithoutItsAddress()
    {
        var run = await CliRun.RunAsync(
            ["stats", "--db", _dir.File("unused.db")],
            new Dictionary<string, string?> { ["Storage:Provider"] = "neo4j", ["Storage:Neo4j:Uri"] = "not-an-address" });

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("error: ");
        run.Error.ShouldContain("Neo4j");
        run.Error.ShouldNotContain("   at ");
        File.Exists(_dir.File("unused.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task HonoursTheEmbeddedPathFromConfigurationWithoutDb()
    {
        var db = _dir.File("from-config.db");
        var settings = new Dictionary<string, string?> { ["Storage:Embedded:Path"] = db };

        var import = await CliRun.RunAsync(
            ["import", "--nodes", _dir.Write("nodes.csv", "id\nn-1\n"), "--edges", _dir.Write("edges.csv", "src,dst\n")], settings);

        import.ExitCode.ShouldBe(0, import.Error);
        File.Exists(db).ShouldBeTrue();
    }

    private static long PageSize(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)command.ExecuteScalar()!;
    }
}
