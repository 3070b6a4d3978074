using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Tests.Docs;

/// <summary>
/// Every output block in the README and docs/ is produced by the command it shows, never edited by hand. A block is a
/// fenced <c>text</c> block whose first line is <c>$ scripts/kg ARGS</c>; the lines after it must equal what
/// <c>kg ARGS</c> prints against the seeded graph. With <c>KG_REFRESH_DOCS=1</c> (scripts/refresh-docs.sh) the test
/// rewrites the blocks from the commands instead of comparing, so a change in the graph or the analyses is carried to
/// the docs by running the commands again.
/// </summary>
[Collection(SeededDatabaseCollection.Name)]
public sealed partial class DocumentedOutputTests(SeededDatabase db)
{
    public static TheoryData<string> DocumentsWithOutput()
    {
        var data = new TheoryData<string>();
        foreach (var file in Documents().Where(f => Blocks(File.ReadAllText(f)).Any()))
        {
            data.Add(Path.GetRelativePath(TestPaths.RepositoryRoot, file));
        }

        return data;
    }

    [Fact]
    public void FindsOutputBlocksInTheReadme()
    {
        Blocks(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"))).ShouldNotBeEmpty(
            "the README's findings are shown as command output blocks ('$ scripts/kg ...')");
    }

    [Theory]
    [MemberData(nameof(DocumentsWithOutput))]
    public async Task OutputBlocksEqualWhatTheirCommandPrintsGivenTheSeededGraph(string document)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, document);
        var text = File.ReadAllText(path);
        var refresh = Environment.GetEnvironmentVariable("KG_REFRESH_DOCS") == "1";
        var rewritten = new StringBuilder();
        var last = 0;
        var mismatches = new List<string>();
        foreach (var block in Blocks(text))
        {
            var run = await db.RunAsync(SplitArguments(block.Arguments));
            run.ExitCode.ShouldBe(0, $"{document}:{block.Line}: 'kg {block.Arguments}' failed: {run.Error}");
            var actual = Normalise(run.Out);
            if (actual != Normalise(block.Output))
            {
                mismatches.Add($"{document}:{block.Line}: 'kg {block.Arguments}' prints\n{actual}\nbut the document shows\n{Normalise(block.Output)}");
            }

            rewritten.Append(text, last, block.OutputStart - last).Append(actual).Append('\n');
            last = block.OutputEnd;
        }

        if (refresh)
        {
            rewritten.Append(text, last, text.Length - last);
            File.WriteAllText(path, rewritten.ToString());
            return;
        }

        mismatches.ShouldBeEmpty("run scripts/refresh-docs.sh to produce the blocks from their commands");
    }

    [Fact]
    public void SplitsArgumentsWithQuotes()
    {
        SplitArguments("paths a b --k 3 --note 'two words' \"and more\"").ShouldBe(["paths", "a", "b", "--k", "3", "--note", "two words", "and more"]);
    }

    private static IEnumerable<string> Documents()
    {
        var root = TestPaths.RepositoryRoot;
        yield return Path.Combine(root, "README.md");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return file;
        }
    }

    private static IEnumerable<OutputBlock> Blocks(string text)
    {
        foreach (Match match in BlockPattern().Matches(text))
        {
            var output = match.Groups["output"];
            yield return new OutputBlock(
                match.Groups["args"].Value.Trim(),
                output.Value,
                output.Index,
                output.Index + output.Length,
                text.AsSpan(0, match.Index).Count('\n') + 1);
        }
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()));

    private static string[] SplitArguments(string text)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        var inArgument = false;
        foreach (var c in text)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inArgument = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inArgument)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    inArgument = false;
                }
            }
            else
            {
                current.Append(c);
                inArgument = true;
            }
        }

        if (inArgument)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }

    // A fenced text block whose first line is the command; the output runs to the closing fence.
    [GeneratedRegex(@"^```text\n\$ scripts/kg (?<args>[^\n]*)\n(?<output>(?:(?!```)[^\n]*\n)*?)```", RegexOptions.Multiline)]
    private static partial Regex BlockPattern();

    private sealed record OutputBlock(string Arguments, string Output, int OutputStart, int OutputEnd, int Line);
}
