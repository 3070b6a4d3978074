using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Embedded.Serialization;

namespace KnowledgeGraph.Storage.Tests.Embedded;

public sealed class SearchTextTests
{
    private const char Separator = SearchText.Separator;

    [Fact]
    public void Build_FoldsNameAliasesAndAcronym_EachBetweenSeparators()
    {
        var node = Node("Secretaría de Marina", ["Mexican Navy", "  "], acronym: "SEMAR");

        SearchText.Build(node).ShouldBe("\u001fsecretaria de marina\u001fmexican navy\u001fsemar\u001f");
    }

    [Theory]
    [InlineData("Guardia Nacional")]
    [InlineData("  FBI  ")]
    [InlineData("Node\u001f 42\u001f")]
    [InlineData("\u001f")]
    [InlineData("Ñandú São Paulo")]
    [InlineData("\tCISEN\r\n")]
    public void Build_GivesEachTermItsQueryFolding(string term)
    {
        var node = Node(term, [term.ToUpperInvariant(), "alias " + term]);

        SearchText.Build(node).ShouldBe(Expected(term, term.ToUpperInvariant(), "alias " + term));
    }

    [Fact]
    public void Build_GrowsPastItsBuffer_AndStartsAfreshForTheNextNode()
    {
        var longName = string.Concat(Enumerable.Repeat("Coordinación Binacional ", 40));
        var aliases = Enumerable.Range(0, 30).Select(i => $"ALIAS {i} " + new string('x', i * 7)).ToList();

        SearchText.Build(Node(longName, aliases)).ShouldBe(Expected([longName, .. aliases]));
        SearchText.Build(Node("SSPC", [])).ShouldBe("\u001fsspc\u001f");
    }

    /// <summary>The rule the fast path must keep: each non-blank term as a query folds it, then a separator.</summary>
    private static string Expected(params string[] terms) =>
        Separator + string.Concat(terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => SearchText.FoldQuery(t) + Separator));

    private static Node Node(string name, IReadOnlyList<string> aliases, string? acronym = null) => new()
    {
        Id = "mx-test",
        Kind = NodeKind.Institution,
        Name = name,
        Aliases = aliases,
        Properties = acronym is null ? new Dictionary<string, object>() : new Dictionary<string, object> { [SearchText.AcronymProperty] = acronym },
    };
}
