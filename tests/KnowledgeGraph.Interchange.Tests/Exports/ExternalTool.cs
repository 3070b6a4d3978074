using System.ComponentModel;
using System.Diagnostics;

namespace KnowledgeGraph.Interchange.Tests.Exports;

/// <summary>
/// Runs the independent readers the export tests check against (python3 + networkx, dot, gvpr, xmllint).
/// A missing tool fails the test with a message naming the script that installs it: these tests never skip.
/// </summary>
internal static class ExternalTool
{
    public const string DepsScript = "scripts/deps/exports.sh";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{fileName}' is not installed ({e.Message}): run 'bash {DepsScript}' first.", e);
        }

        using (process)
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }

            process.StandardInput.Close();
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} did not finish within {Timeout.TotalSeconds} s.");
            }

            return new ToolResult(process.ExitCode, await stdout, await stderr);
        }
    }

    /// <summary>Runs the tool and fails unless it exits with 0.</summary>
    public static async Task<string> RunCheckedAsync(string fileName, IEnumerable<string> arguments, string? standardInput = null)
    {
        var result = await RunAsync(fileName, arguments, standardInput);
        result.ExitCode.ShouldBe(0, $"{fileName} failed: {result.StandardError}");
        return result.StandardOutput;
    }

    /// <summary>The repository root (where KnowledgeGraph.sln is), found from the test assembly's folder.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
