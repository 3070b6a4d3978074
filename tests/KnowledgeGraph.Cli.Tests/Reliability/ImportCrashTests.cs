using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli.Tests.Reliability;

/// <summary>
/// Runs the built <c>kg import</c> as a process on a large CSV, kills it with SIGKILL while it is writing, and checks
/// that the database is exactly as before the import (the import is one transaction) and passes <c>kg check</c>.
/// </summary>
public sealed class ImportCrashTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task LeavesTheDatabaseAsBeforeWhenTheImportIsKilledMidFile()
    {
        var db = _dir.File("kg.db");
        var small = await CliRun.RunAsync(
            ["import", "--nodes", _dir.Write("n0.csv", "id,name\nm-1,One\nm-2,Two\n"), "--edges", _dir.Write("e0.csv", "src,dst\nm-1,m-2\n"), "--db", db]);
        small.ExitCode.ShouldBe(0, small.Error);
        var before = await CliRun.RunAsync(["export", "--db", db]);
        var (nodes, edges) = WriteLargeCsv(nodeCount: 100_000, edgeCount: 600_000);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { KgDll, "import", "--nodes", nodes, "--edges", edges, "--batch-size", "2000", "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var edgesSize = new FileInfo(edges).Length;

        // Kill once the import is a quarter into the edges file: nodes are written, edges are streaming, nothing is committed.
        long position = 0;
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120) && position < edgesSize / 4)
        {
            position = ReadPosition(process.Id, edges);
            await Task.Delay(10);
        }

        process.HasExited.ShouldBeFalse($"the import ended before it could be killed: {await output}");
        position.ShouldBeGreaterThanOrEqualTo(edgesSize / 4, "the import should have been a quarter into the edges file");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        var after = await CliRun.RunAsync(["export", "--db", db]);
        var check = await CliRun.RunAsync(["check", "--db", db]);
        after.ExitCode.ShouldBe(0, after.Error);
        after.StdoutBytes.ShouldBe(before.StdoutBytes);
        check.ExitCode.ShouldBe(0, check.Out + check.Error);
        check.Out.ShouldContain("2 nodes, 1 relationships");
    }

    /// <summary>How far a process has read a file: the offset of its open descriptor (Linux /proc), 0 when not open.</summary>
    private static long ReadPosition(int pid, string file)
    {
        try
        {
            foreach (var fd in Directory.GetFiles($"/proc/{pid}/fd"))
            {
                if (string.Equals(new FileInfo(fd).LinkTarget, file, StringComparison.Ordinal))
                {
                    var info = File.ReadAllLines($"/proc/{pid}/fdinfo/{Path.GetFileName(fd)}");
                    return long.Parse(info.First(l => l.StartsWith("pos:", StringComparison.Ordinal))[4..].Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The descriptor closed between listing and reading.
        }
        catch (UnauthorizedAccessException)
        {
            // The process is exiting.
        }

        return 0;
    }

    private static string KgDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            var dll = Path.Combine(TestPaths.RepositoryRoot, "src", "KnowledgeGraph.Cli", "bin", configuration, "net10.0", "kg.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the CLI first: {dll} is missing", dll);
        }
    }

    private (string Nodes, string Edges) WriteLargeCsv(int nodeCount, int edgeCount)
    {
        var random = new Random(7);
        var nodes = _dir.File("nodes.csv");
        using (var writer = new StreamWriter(nodes, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("id,name\n");
            for (var i = 0; i < nodeCount; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"n-{i},Node {i}\n"));
            }
        }

        var edges = _dir.File("edges.csv");
        using (var writer = new StreamWriter(edges, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("src,dst,weight\n");
            for (var i = 0; i < edgeCount; i++)
            {
                var from = i % nodeCount;
                var to = (from + 1 + random.Next(nodeCount - 1)) % nodeCount;
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"n-{from},n-{to},0.5\n"));
            }
        }

        return (nodes, edges);
    }
}
