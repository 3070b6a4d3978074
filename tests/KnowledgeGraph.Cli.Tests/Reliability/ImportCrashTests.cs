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
        var (nodes, edges) = WriteLargeCsv(nodeCount: 50_000, edgeCount: 400_000);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { KgDll, "import", "--nodes", nodes, "--edges", edges, "--batch-size", "2000", "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        var edgesSize = new FileInfo(edges).Length;

        // Freeze the process (SIGSTOP) to look at it without racing it: the edges file is open (the importer closes it
        // before it commits) and a quarter of it has been read since it was first seen open (/proc/PID/io rchar counts
        // pread too). Then SIGKILL it while frozen; otherwise let it run on (SIGCONT) and look again.
        long? readWhenEdgesOpened = null;
        var frozenMidFile = false;
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(150))
        {
            await Task.Delay(100);
            await SignalAsync(process.Id, "STOP");
            var read = ReadBytes(process.Id);
            var edgesOpen = HasOpen(process.Id, edges);
            readWhenEdgesOpened ??= edgesOpen ? read : null;
            if (edgesOpen && read - readWhenEdgesOpened >= edgesSize / 4)
            {
                frozenMidFile = true;
                break;
            }

            await SignalAsync(process.Id, "CONT");
        }

        frozenMidFile.ShouldBeTrue($"the import was never caught a quarter into the edges file (exited: {process.HasExited}): {(process.HasExited ? await output : string.Empty)}");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        (await stdout).ShouldNotContain("imported", customMessage: "the import committed before the kill");
        var after = await CliRun.RunAsync(["export", "--db", db]);
        var check = await CliRun.RunAsync(["check", "--db", db]);
        after.ExitCode.ShouldBe(0, after.Error);
        after.StdoutBytes.ShouldBe(before.StdoutBytes);
        check.ExitCode.ShouldBe(0, check.Out + check.Error);
        check.Out.ShouldContain("2 nodes, 1 relationships");
    }

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, pid.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        await kill.WaitForExitAsync();
    }

    private static bool HasOpen(int pid, string file)
    {
        try
        {
            return Directory.GetFiles($"/proc/{pid}/fd").Any(fd => string.Equals(new FileInfo(fd).LinkTarget, file, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // the process is exiting
        }
    }

    /// <summary>Bytes the process has read so far (<c>rchar</c>, counts pread too).</summary>
    private static long ReadBytes(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/io").First(l => l.StartsWith("rchar:", StringComparison.Ordinal));
            return long.Parse(line[6..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return 0;
        }
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
