using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests.Reliability;

/// <summary>
/// Hostile seed files: a seeded, bounded run of mutations of the real seed YAML (garbage, truncation, duplicated and
/// deleted spans, odd characters) through <c>kg validate</c>. It must answer valid (0) or list problems (1), never crash
/// (2 with an internal error) or print a stack trace, and stay quick.
/// </summary>
public sealed class SeedFuzzTests : IDisposable
{
    private const int Cases = 40;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    private static readonly string[] Noise =
    [
        ":", "- ", "  ", "\t", "{", "}", "[", "]", "&anchor ", "*anchor", "!!binary ", "? ", "|", ">", "'", "\"", "#", "---", "...",
        "\u0000", "\uFEFF", "é", "\uD83D\uDE00", "id: ", "kind: Planet", "confidence: maybe", "valid_from: 2024-13-45", "null", "~", "1e999",
    ];

    private static readonly TextMutator Mutator = new(Noise, maxEdits: 7, maxRun: 80);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ValidateNeverCrashesOnMutatedSeedFiles()
    {
        var seeds = Path.Combine(_dir.Path, "seeds");
        TestPaths.CopyDirectory(TestPaths.RealSeeds, seeds);
        var files = Directory.GetFiles(seeds, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        files.ShouldNotBeEmpty();
        var random = new Random(9001);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var ran = 0;
        for (; ran < Cases && clock.Elapsed < Budget; ran++)
        {
            var file = files[random.Next(files.Length)];
            var original = await File.ReadAllTextAsync(file);
            await File.WriteAllTextAsync(file, Mutator.Mutate(random, original));
            try
            {
                var run = await CliRun.RunAsync(["validate", seeds]);
                if (run.ExitCode is not (0 or 1) || run.Error.Contains("   at ", StringComparison.Ordinal) || run.Out.Contains("   at ", StringComparison.Ordinal))
                {
                    failures.Add($"case {ran} ({Path.GetFileName(file)}): exit {run.ExitCode}: {run.Error.Trim()}{Diagnose(seeds)}");
                }
            }
            finally
            {
                await File.WriteAllTextAsync(file, original);
            }
        }

        failures.ShouldBeEmpty();
        ran.ShouldBeGreaterThanOrEqualTo(15, $"only {ran} cases ran in {Budget.TotalSeconds} s");
        (await CliRun.RunAsync(["validate", seeds])).ExitCode.ShouldBe(0, "the copy should be valid again after the run");
    }

    /// <summary>Where the loader threw, for the failure message.</summary>
    private static string Diagnose(string seeds)
    {
        try
        {
            Interchange.Seeds.SeedLoader.Load(seeds);
            return string.Empty;
        }
        catch (Exception e)
        {
            return "\n" + string.Join("\n", e.ToString().Split('\n').Take(8));
        }
    }
}
