namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ReportsValidCountsGivenTheRealSeeds()
    {
        var run = await CliRun.RunAsync(["validate", TestPaths.RealSeeds]);

        run.ExitCode.ShouldBe(0, run.Out);
        run.OutLines.Single().ShouldMatch(@"^valid: \d+ nodes, \d+ relationships$");
    }

    [Fact]
    public async Task ListsFivePlantedMistakesWithFileAndLineAndExitsOne()
    {
        var seeds = Path.Combine(_dir.Path, "graph-seeds");
        TestPaths.CopyDirectory(TestPaths.RealSeeds, seeds);
        var expected = new List<string>
        {
            // 1. duplicate id: a second mx-sedena at the end of the Mexican institutions.
            Append(seeds, "institutions-mx.yaml", "  - id: mx-sedena", """
                  - id: mx-sedena
                    name: Secretaría de la Defensa Nacional (again)
                    country: mx
                    confidence: high
                    basis: inferred
                    sources: [src-essay]
                """),
            // 2. unknown reference: a misspelt competency id.
            Replace(seeds, "relationships/competencies.yaml", "    to: territorial-operations", "    to: territorial-operationz"),
            // 3. disallowed endpoint kinds: MEMBER_OF a country instead of a mechanism.
            Append(seeds, "relationships/membership.yaml", "    to: mx", """
                  - type: MEMBER_OF
                    from: mx-sedena
                    to: mx
                    role: member
                    confidence: high
                    basis: inferred
                    sources: [src-essay]
                """),
            // 4. bad value type: a level in words.
            Replace(seeds, "relationships/competencies.yaml", "    level: 4", "    level: four"),
            // 5. missing source: the first US institution loses its sources line.
            RemoveSources(seeds, "institutions-us.yaml"),
        };

        var run = await CliRun.RunAsync(["validate", seeds]);

        run.ExitCode.ShouldBe(1);
        var problems = run.OutLines.Where(l => l.StartsWith(seeds, StringComparison.Ordinal)).ToList();
        problems.Count.ShouldBe(5, run.Out);
        problems.Select(p => string.Join(':', p.Split(':')[..2])).ShouldBe(expected, ignoreOrder: true);
        run.OutLines.Last().ShouldBe("5 problems in 4 files");
    }

    [Fact]
    public async Task FailsCleanlyGivenAMissingDirectory()
    {
        var run = await CliRun.RunAsync(["validate", _dir.File("nope")]);

        run.ExitCode.ShouldBe(2);
        run.Error.Trim().ShouldBe($"error: seed directory '{_dir.File("nope")}' not found");
    }

    private static string Append(string seeds, string file, string marker, string entry)
    {
        var path = Path.Combine(seeds, file);
        var text = File.ReadAllText(path).TrimEnd('\n') + "\n" + entry.ReplaceLineEndings("\n");
        File.WriteAllText(path, text);
        var lines = text.Split('\n');
        return $"{path}:{Array.FindLastIndex(lines, l => l == marker) + 1}";
    }

    private static string Replace(string seeds, string file, string line, string replacement)
    {
        var path = Path.Combine(seeds, file);
        var lines = File.ReadAllText(path).Split('\n');
        var index = Array.IndexOf(lines, line);
        index.ShouldBeGreaterThanOrEqualTo(0, $"'{line}' not in {file}");
        lines[index] = replacement;
        File.WriteAllText(path, string.Join('\n', lines));
        return $"{path}:{index + 1}";
    }

    private static string RemoveSources(string seeds, string file)
    {
        var path = Path.Combine(seeds, file);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        var sources = lines.FindIndex(l => l.StartsWith("    sources:", StringComparison.Ordinal));
        var item = lines.FindLastIndex(sources, l => l.StartsWith("  - id:", StringComparison.Ordinal));
        lines.RemoveAt(sources);
        File.WriteAllText(path, string.Join('\n', lines));
        return $"{path}:{item + 1}";
    }
}
