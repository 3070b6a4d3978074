using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Storage.Tests.TestGraph;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Case- and accent-insensitive search over names, aliases and acronyms, and its ranking.</summary>
public abstract partial class GraphStoreContractTests
{
    [Fact]
    public async Task SearchAsync_FindsAccentedNames_FromPlainLowerCaseText()
    {
        await SeedSampleAsync();

        var found = await Store.SearchAsync(new SearchQuery("secretaria"));

        // All three are prefix matches, so they rank by name (ordinal: "de M" < "de S" < "de l").
        Ids(found).ShouldBe(["mx-semar", "mx-sspc", "mx-sedena"]);
    }

    [Theory]
    [InlineData("SEDENA", "mx-sedena")]
    [InlineData("sedena", "mx-sedena")]
    [InlineData("Defensa", "mx-sedena")]
    [InlineData("MÉXICO", "mx")]
    [InlineData("mexico", "mx")]
    [InlineData("Mérida", "ag-merida")]
    [InlineData("estados unidos", "us")]
    [InlineData("bicentennial framework", "ag-bicentennial")]
    [InlineData("  dea ", "us-dea")]
    public async Task SearchAsync_RanksTheExactNameAliasOrAcronymFirst(string text, string expectedFirst)
    {
        await SeedSampleAsync();

        var found = await Store.SearchAsync(new SearchQuery(text));

        found.ShouldNotBeEmpty();
        found[0].Id.ShouldBe(expectedFirst);
    }

    [Fact]
    public async Task SearchAsync_RanksExactThenPrefixThenSubstring_ThenByNameAndId()
    {
        await Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes =
            [
                Node("secretaria-marina", NodeKind.Barrier, "Secretaría de Marina"),
                Node("tierra", NodeKind.Barrier, "Tierra"),
                Node("marina-nacional", NodeKind.Barrier, "Marina Nacional"),
                Node("zeta", NodeKind.Barrier, "Zeta", aliases: ["MAR"]),
                Node("b-mar", NodeKind.Barrier, "Mar"),
                Node("alfa", NodeKind.Barrier, "Alfa", aliases: ["Marítimo"]),
                Node("a-mar", NodeKind.Barrier, "Mar"),
                Node("acronym-only", NodeKind.Institution, "Comando", Props(("acronym", "MAR"))),
            ],
        });

        var found = await Store.SearchAsync(new SearchQuery("mar"));

        Ids(found).ShouldBe(["acronym-only", "a-mar", "b-mar", "zeta", "alfa", "marina-nacional", "secretaria-marina"]);
    }

    [Fact]
    public async Task SearchAsync_KeepsToTheGivenKinds_AndTheGivenNumber()
    {
        await SeedSampleAsync();

        Ids(await Store.SearchAsync(new SearchQuery("seguridad")))
            .ShouldBe(["mx-gabinete-seguridad", "mx-sspc"]);
        Ids(await Store.SearchAsync(new SearchQuery("seguridad") { Kinds = [NodeKind.Mechanism] })).ShouldBe(["mx-gabinete-seguridad"]);
        Ids(await Store.SearchAsync(new SearchQuery("seguridad") { Kinds = [NodeKind.Agreement, NodeKind.Country] })).ShouldBeEmpty();
        Ids(await Store.SearchAsync(new SearchQuery("secretaria", First: 2))).ShouldBe(["mx-semar", "mx-sspc"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no such thing anywhere")]
    public async Task SearchAsync_ReturnsNothing_ForEmptyOrUnmatchedText(string text)
    {
        await SeedSampleAsync();

        (await Store.SearchAsync(new SearchQuery(text))).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchAsync_FollowsUpdatesAndDeletes()
    {
        await SeedSampleAsync();
        var semar = SampleNodes.Single(n => n.Id == "mx-semar");

        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [semar with { Name = "Armada de México", Aliases = [], Properties = Props(("acronym", "ARMADA")) }] });

        Ids(await Store.SearchAsync(new SearchQuery("armada"))).ShouldBe(["mx-semar"]);
        Ids(await Store.SearchAsync(new SearchQuery("marina"))).ShouldBeEmpty();

        await Store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = ["mx-semar"] });

        (await Store.SearchAsync(new SearchQuery("armada"))).ShouldBeEmpty();
    }
}
