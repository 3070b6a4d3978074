using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Filters, sorting, keyset paging and total counts of <see cref="IGraphStore.QueryNodesAsync"/>.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly NodeQuery Institutions = new() { Kind = NodeKind.Institution };

    public static TheoryData<string, FilterOperator, object, string[]> PropertyFilterCases => new()
    {
        { "country", FilterOperator.Eq, "us", ["us-dea", "us-fbi"] },
        { "country", FilterOperator.Neq, "mx", ["mx-sspc", "us-dea", "us-fbi"] },
        { "type", FilterOperator.In, new[] { "military", "naval" }, ["mx-sedena", "mx-semar"] },
        { "staff", FilterOperator.In, new object[] { 60_000L, 10_000L }, ["mx-semar", "us-dea"] },
        { "staff", FilterOperator.Gt, 60_000L, ["mx-guardia-nacional", "mx-sedena"] },
        { "staff", FilterOperator.Gte, 60_000L, ["mx-guardia-nacional", "mx-sedena", "mx-semar"] },
        { "staff", FilterOperator.Lt, 37_000L, ["us-dea"] },
        { "staff", FilterOperator.Lte, 37_000L, ["us-dea", "us-fbi"] },
        { "staff", FilterOperator.Gt, 0L, ["mx-guardia-nacional", "mx-sedena", "mx-semar", "us-dea", "us-fbi"] },
        { "budget", FilterOperator.Gt, 1.75, ["mx-sedena"] },
        { "budget", FilterOperator.Eq, 2.0, ["mx-sedena"] },
        { "budget", FilterOperator.Eq, 2L, ["mx-sedena"] },
        { "vetted", FilterOperator.Eq, true, ["us-dea"] },
        { "vetted", FilterOperator.Eq, false, ["us-fbi"] },
        { "acronym", FilterOperator.Contains, "se", ["mx-sedena", "mx-semar"] },
        { "name", FilterOperator.Contains, "SEGURIDAD", ["mx-sspc"] },
        { "name", FilterOperator.Contains, "DEFENSA", ["mx-sedena"] },
        { "name", FilterOperator.StartsWith, "SECRETARÍA DE", ["mx-sedena", "mx-semar", "mx-sspc"] },
        { "name", FilterOperator.StartsWith, "marina", [] },
        { "acronym", FilterOperator.StartsWith, "s", ["mx-sedena", "mx-semar", "mx-sspc"] },
        { "id", FilterOperator.Eq, "mx-semar", ["mx-semar"] },
        { "id", FilterOperator.In, new[] { "us-fbi", "mx-sspc", "nope" }, ["mx-sspc", "us-fbi"] },
        { "name", FilterOperator.Eq, "Guardia Nacional", ["mx-guardia-nacional"] },
        { "name", FilterOperator.Lt, "E", ["us-dea"] },
        { "confidence", FilterOperator.Eq, Confidence.High, ["mx-sedena", "mx-semar", "us-dea"] },
        { "confidence", FilterOperator.In, new[] { Confidence.Low, Confidence.Medium }, ["mx-guardia-nacional", "mx-sspc", "us-fbi"] },
        { "confidence", FilterOperator.Neq, Confidence.Medium, ["mx-sedena", "mx-semar", "mx-sspc", "us-dea"] },
        { "validFrom", FilterOperator.Gt, new DateOnly(2019, 1, 1), ["mx-guardia-nacional"] },
        { "validFrom", FilterOperator.Neq, new DateOnly(2019, 3, 26), ["mx-sedena", "mx-semar", "mx-sspc", "us-dea", "us-fbi"] },
        { "missing", FilterOperator.Eq, "x", [] },
        { "missing", FilterOperator.Neq, "x", ["mx-guardia-nacional", "mx-sedena", "mx-semar", "mx-sspc", "us-dea", "us-fbi"] },
        { "missing", FilterOperator.Contains, "x", [] },
    };

    [Theory]
    [MemberData(nameof(PropertyFilterCases))]
    public async Task QueryNodesAsync_MatchesExactlyTheExpectedInstitutions_ForEachOperator(string field, FilterOperator op, object value, string[] expected)
    {
        await SeedSampleAsync();

        var ids = await QueryIdsAsync(Institutions with { Filter = new PropertyFilter(field, op, value) });

        ids.ShouldBe(expected);
    }

    [Fact]
    public async Task QueryNodesAsync_ComparesDateProperties_AsDates()
    {
        await SeedSampleAsync();
        var agreements = new NodeQuery { Kind = NodeKind.Agreement };

        (await QueryIdsAsync(agreements with { Filter = new PropertyFilter("signed", FilterOperator.Gt, new DateOnly(2010, 1, 1)) })).ShouldBe(["ag-bicentennial"]);
        (await QueryIdsAsync(agreements with { Filter = new PropertyFilter("signed", FilterOperator.Lte, new DateOnly(2008, 6, 30)) })).ShouldBe(["ag-merida"]);
        (await QueryIdsAsync(new NodeQuery { Filter = new PropertyFilter("validTo", FilterOperator.Lt, new DateOnly(2022, 1, 1)) })).ShouldBe(["ag-merida"]);
    }

    [Fact]
    public async Task QueryNodesAsync_ReturnsAllKinds_WhenNoKindIsGiven()
    {
        await SeedSampleAsync();

        var ids = await QueryIdsAsync(new NodeQuery { Filter = new PropertyFilter("validFrom", FilterOperator.Gt, new DateOnly(2019, 1, 1)) });

        ids.ShouldBe(["ag-bicentennial", "mx-guardia-nacional"]);
        (await QueryIdsAsync(new NodeQuery())).ShouldBe(Sorted(TestGraph.SampleNodes.Select(n => n.Id)));
    }

    [Fact]
    public async Task QueryNodesAsync_CombinesFiltersWithAndOrNot()
    {
        await SeedSampleAsync();
        var mexican = new PropertyFilter("country", FilterOperator.Eq, "mx");
        var large = new PropertyFilter("staff", FilterOperator.Gt, 100_000L);

        (await QueryIdsAsync(Institutions with { Filter = new AndFilter([mexican, large]) })).ShouldBe(["mx-guardia-nacional", "mx-sedena"]);
        (await QueryIdsAsync(Institutions with
        {
            Filter = new OrFilter([new PropertyFilter("acronym", FilterOperator.Eq, "DEA"), new PropertyFilter("acronym", FilterOperator.Eq, "SEMAR")]),
        })).ShouldBe(["mx-semar", "us-dea"]);
        (await QueryIdsAsync(Institutions with { Filter = new NotFilter(mexican) })).ShouldBe(["mx-sspc", "us-dea", "us-fbi"]);
        (await QueryIdsAsync(Institutions with { Filter = new NotFilter(large) })).ShouldBe(["mx-semar", "mx-sspc", "us-dea", "us-fbi"]);
        (await QueryIdsAsync(Institutions with
        {
            Filter = new OrFilter([new AndFilter([mexican, large]), new NotFilter(new OrFilter([mexican, new PropertyFilter("country", FilterOperator.Eq, "us")]))]),
        })).ShouldBe(["mx-guardia-nacional", "mx-sedena", "mx-sspc"]);
        (await QueryIdsAsync(Institutions with { Filter = new AndFilter([]) })).Count.ShouldBe(6);
        (await QueryIdsAsync(Institutions with { Filter = new OrFilter([]) })).ShouldBeEmpty();
    }

    [Fact]
    public async Task QueryNodesAsync_FiltersOnRelationships_WithSomeAndNone()
    {
        await SeedSampleAsync();
        var member = new RelationshipFilter(RelationshipType.MemberOf, Direction.Outgoing, Quantifier.Some);

        (await QueryIdsAsync(Institutions with { Filter = member })).ShouldBe(["mx-sedena", "mx-semar", "mx-sspc"]);
        (await QueryIdsAsync(Institutions with { Filter = member with { Quantifier = Quantifier.None } })).ShouldBe(["mx-guardia-nacional", "us-dea", "us-fbi"]);
        (await QueryIdsAsync(Institutions with { Filter = member with { Direction = Direction.Incoming } })).ShouldBeEmpty();
        (await QueryIdsAsync(Institutions with
        {
            Filter = new RelationshipFilter(RelationshipType.CoordinatesWith, Direction.Both, Quantifier.Some),
        })).ShouldBe(["mx-semar", "us-dea"]);
        (await QueryIdsAsync(Institutions with
        {
            Filter = new RelationshipFilter(RelationshipType.CoordinatesWith, Direction.Incoming, Quantifier.Some),
        })).ShouldBe(["us-dea"]);
    }

    [Fact]
    public async Task QueryNodesAsync_FiltersOnTheOtherEndOfRelationships_IncludingNestedOnes()
    {
        await SeedSampleAsync();

        var inPoliticalMechanism = new RelationshipFilter(
            RelationshipType.MemberOf, Direction.Outgoing, Quantifier.Some, new PropertyFilter("permanence", FilterOperator.Eq, "political"));
        var inPermanentMechanism = inPoliticalMechanism with { Other = new PropertyFilter("permanence", FilterOperator.Eq, "permanent") };
        var ledBySedena = new RelationshipFilter(
            RelationshipType.MemberOf, Direction.Incoming, Quantifier.Some, new PropertyFilter("acronym", FilterOperator.Eq, "SEDENA"));
        var homeOfAMember = new RelationshipFilter(
            RelationshipType.BasedIn, Direction.Incoming, Quantifier.Some, new RelationshipFilter(RelationshipType.MemberOf, Direction.Outgoing, Quantifier.Some));

        (await QueryIdsAsync(Institutions with { Filter = inPoliticalMechanism })).ShouldBe(["mx-sedena", "mx-semar", "mx-sspc"]);
        (await QueryIdsAsync(Institutions with { Filter = inPermanentMechanism })).ShouldBeEmpty();
        (await QueryIdsAsync(Institutions with { Filter = inPermanentMechanism with { Quantifier = Quantifier.None } })).Count.ShouldBe(6);
        (await QueryIdsAsync(new NodeQuery { Kind = NodeKind.Mechanism, Filter = ledBySedena })).ShouldBe(["mx-gabinete-seguridad"]);
        (await QueryIdsAsync(new NodeQuery { Kind = NodeKind.Country, Filter = homeOfAMember })).ShouldBe(["mx"]);
        (await QueryIdsAsync(new NodeQuery { Kind = NodeKind.Country, Filter = new NotFilter(homeOfAMember) })).ShouldBe(["us"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("staff; DROP TABLE nodes")]
    [InlineData("n.name")]
    [InlineData("staff')")]
    [InlineData("props.staff")]
    public async Task QueryNodesAsync_FailsWithBadFilter_ForFieldNamesOutsideTheWhitelist(string field)
    {
        await SeedSampleAsync();

        await ShouldFailWithAsync(GraphStoreCodes.BadFilter, () => Store.QueryNodesAsync(Institutions with { Filter = new PropertyFilter(field, FilterOperator.Eq, "x") }));
        await ShouldFailWithAsync(GraphStoreCodes.BadFilter, () => Store.QueryNodesAsync(Institutions with { Sort = [new SortField(field)] }));
        (await Store.GetStatsAsync()).NodeCount.ShouldBe(TestGraph.SampleNodes.Count);
    }

    [Fact]
    public async Task QueryNodesAsync_FailsWithBadFilter_ForValuesTheOperatorCannotTake()
    {
        await SeedSampleAsync();

        await ShouldFailWithAsync(GraphStoreCodes.BadFilter, () => Store.QueryNodesAsync(Institutions with { Filter = new PropertyFilter("name", FilterOperator.Contains, 5L) }));
        await ShouldFailWithAsync(GraphStoreCodes.BadFilter, () => Store.QueryNodesAsync(Institutions with { Filter = new PropertyFilter("name", FilterOperator.In, "not a list") }));
        await ShouldFailWithAsync(GraphStoreCodes.BadFilter, () => Store.QueryNodesAsync(Institutions with { Filter = new PropertyFilter("confidence", FilterOperator.Eq, "certain") }));
        await ShouldFailWithAsync(GraphStoreCodes.BadFilter, () => Store.QueryNodesAsync(Institutions with { Filter = new PropertyFilter("validFrom", FilterOperator.Gt, "yesterday") }));
        await ShouldFailWithAsync(GraphStoreCodes.BadFilter, () => Store.QueryNodesAsync(Institutions with { First = -1 }));
    }

    [Fact]
    public async Task QueryNodesAsync_TreatsFilterValuesAsData_NeverAsQueryText()
    {
        await SeedSampleAsync();
        const string Hostile = "x' OR '1'='1\" OR 1=1 --";
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [TestGraph.Node("mx-hostile", NodeKind.Institution, Hostile)] });

        (await QueryIdsAsync(Institutions with { Filter = new PropertyFilter("name", FilterOperator.Eq, "x' OR '1'='1") })).ShouldBeEmpty();
        (await QueryIdsAsync(Institutions with { Filter = new PropertyFilter("name", FilterOperator.Eq, Hostile) })).ShouldBe(["mx-hostile"]);
        (await QueryIdsAsync(Institutions with { Filter = new PropertyFilter("name", FilterOperator.Contains, "' or '1'") })).ShouldBe(["mx-hostile"]);
    }

    public static TheoryData<string, bool, string[]> SortCases => new()
    {
        { "name", false, ["us-dea", "us-fbi", "mx-guardia-nacional", "mx-semar", "mx-sspc", "mx-sedena"] },
        { "name", true, ["mx-sedena", "mx-sspc", "mx-semar", "mx-guardia-nacional", "us-fbi", "us-dea"] },
        { "staff", false, ["us-dea", "us-fbi", "mx-semar", "mx-guardia-nacional", "mx-sedena", "mx-sspc"] },
        { "staff", true, ["mx-sspc", "mx-sedena", "mx-guardia-nacional", "mx-semar", "us-fbi", "us-dea"] },
        { "country", false, ["mx-guardia-nacional", "mx-sedena", "mx-semar", "us-dea", "us-fbi", "mx-sspc"] },
        { "country", true, ["mx-sspc", "us-dea", "us-fbi", "mx-guardia-nacional", "mx-sedena", "mx-semar"] },
        { "confidence", false, ["mx-sedena", "mx-semar", "us-dea", "mx-guardia-nacional", "us-fbi", "mx-sspc"] },
        { "confidence", true, ["mx-sspc", "mx-guardia-nacional", "us-fbi", "mx-sedena", "mx-semar", "us-dea"] },
        { "validFrom", false, ["mx-guardia-nacional", "mx-sedena", "mx-semar", "mx-sspc", "us-dea", "us-fbi"] },
        { "validFrom", true, ["mx-sedena", "mx-semar", "mx-sspc", "us-dea", "us-fbi", "mx-guardia-nacional"] },
        { "id", true, ["us-fbi", "us-dea", "mx-sspc", "mx-semar", "mx-sedena", "mx-guardia-nacional"] },
    };

    /// <summary>Ascending puts nodes without the field last, descending first; ties are always by id ascending.</summary>
    [Theory]
    [MemberData(nameof(SortCases))]
    public async Task QueryNodesAsync_SortsByAnyField_MissingLastAscending_TiesById(string field, bool descending, string[] expected)
    {
        await SeedSampleAsync();

        var ids = await QueryIdsAsync(Institutions with { Sort = [new SortField(field, descending)] });

        ids.ShouldBe(expected);
    }

    [Fact]
    public async Task QueryNodesAsync_SortsBySeveralFields_InOrder()
    {
        await SeedSampleAsync();

        var ids = await QueryIdsAsync(Institutions with { Sort = [new SortField("country", Descending: true), new SortField("staff", Descending: true)] });

        ids.ShouldBe(["mx-sspc", "us-fbi", "us-dea", "mx-sedena", "mx-guardia-nacional", "mx-semar"]);
    }

    public static TheoryData<int, string> PagingCases()
    {
        var data = new TheoryData<int, string>();
        foreach (var sort in new[] { "", "name", "-staff", "country,-staff", "-confidence", "+validFrom", "-country" })
        {
            foreach (var size in new[] { 1, 2, 4 })
            {
                data.Add(size, sort);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagingCases))]
    public async Task QueryNodesAsync_PagesForwardAndBackwardOverTheWholeSet_WithoutGapsOrDuplicates(int size, string sort)
    {
        await SeedSampleAsync();
        await Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [TestGraph.Node("mx-sedena-2", NodeKind.Institution, "Secretaría de la Defensa Nacional", TestGraph.Props(("staff", 200_000L), ("country", "mx")))],
        });
        var query = Institutions with { Sort = ParseSort(sort) };
        var expected = await QueryIdsAsync(query);
        expected.Count.ShouldBe(7);

        var forward = new List<string>();
        string? after = null;
        for (var pageNumber = 0; ; pageNumber++)
        {
            var page = await Store.QueryNodesAsync(query with { First = size, After = after });
            page.Items.Count.ShouldBeLessThanOrEqualTo(size);
            page.HasPreviousPage.ShouldBe(pageNumber > 0);
            forward.AddRange(Ids(page));
            page.HasNextPage.ShouldBe(forward.Count < expected.Count);
            if (!page.HasNextPage)
            {
                break;
            }

            after = page.Items[^1].Cursor;
        }

        var backward = new List<string>();
        string? before = null;
        for (var pageNumber = 0; ; pageNumber++)
        {
            var page = await Store.QueryNodesAsync(query with { Last = size, Before = before });
            page.Items.Count.ShouldBeLessThanOrEqualTo(size);
            page.HasNextPage.ShouldBe(pageNumber > 0);
            backward.InsertRange(0, Ids(page));
            page.HasPreviousPage.ShouldBe(backward.Count < expected.Count);
            if (!page.HasPreviousPage)
            {
                break;
            }

            before = page.Items[0].Cursor;
        }

        forward.ShouldBe(expected);
        backward.ShouldBe(expected);
    }

    [Fact]
    public async Task QueryNodesAsync_ContinuesRightAfterTheCursor_OfAnyItem()
    {
        await SeedSampleAsync();
        var query = Institutions with { Sort = [new SortField("staff", Descending: true)] };
        var all = await Store.QueryNodesAsync(query with { First = 10 });

        for (var i = 0; i < all.Items.Count; i++)
        {
            var rest = await Store.QueryNodesAsync(query with { First = 10, After = all.Items[i].Cursor });
            var before = await Store.QueryNodesAsync(query with { Last = 10, Before = all.Items[i].Cursor });

            Ids(rest).ShouldBe(Ids(all).Skip(i + 1));
            Ids(before).ShouldBe(Ids(all).Take(i));
            rest.HasPreviousPage.ShouldBeTrue();
            before.HasNextPage.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task QueryNodesAsync_ReturnsBetweenTwoCursors_WhenAfterAndBeforeAreBothGiven()
    {
        await SeedSampleAsync();
        var all = await Store.QueryNodesAsync(Institutions with { First = 10 });

        var middle = await Store.QueryNodesAsync(Institutions with { First = 10, After = all.Items[0].Cursor, Before = all.Items[4].Cursor });

        Ids(middle).ShouldBe(Ids(all).Skip(1).Take(3));
    }

    [Fact]
    public async Task QueryNodesAsync_CountsAllMatches_OnlyWhenAsked()
    {
        await SeedSampleAsync();

        var counted = await Store.QueryNodesAsync(Institutions with { First = 2, IncludeTotalCount = true });
        var filtered = await Store.QueryNodesAsync(Institutions with { First = 1, IncludeTotalCount = true, Filter = new PropertyFilter("country", FilterOperator.Eq, "mx") });
        var notCounted = await Store.QueryNodesAsync(Institutions with { First = 2 });
        var empty = await Store.QueryNodesAsync(new NodeQuery { Kind = NodeKind.Source, First = 2, IncludeTotalCount = true });

        counted.TotalCount.ShouldBe(6);
        counted.Items.Count.ShouldBe(2);
        filtered.TotalCount.ShouldBe(3);
        notCounted.TotalCount.ShouldBeNull();
        empty.TotalCount.ShouldBe(0);
        empty.Items.ShouldBeEmpty();
        empty.HasNextPage.ShouldBeFalse();
        empty.HasPreviousPage.ShouldBeFalse();
    }

    [Fact]
    public async Task QueryNodesAsync_ReturnsAnEmptyPageThatKnowsWhatFollows_WhenFirstIsZero()
    {
        await SeedSampleAsync();

        var page = await Store.QueryNodesAsync(Institutions with { First = 0 });

        page.Items.ShouldBeEmpty();
        page.HasNextPage.ShouldBeTrue();
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("bm90IGEgY3Vyc29y")]
    [InlineData("eyJ4IjoxfQ")]
    [InlineData("%%%")]
    public async Task QueryNodesAsync_FailsWithBadCursor_ForMalformedCursors(string cursor)
    {
        await SeedSampleAsync();

        await ShouldFailWithAsync(GraphStoreCodes.BadCursor, () => Store.QueryNodesAsync(Institutions with { First = 2, After = cursor }));
        await ShouldFailWithAsync(GraphStoreCodes.BadCursor, () => Store.QueryNodesAsync(Institutions with { Last = 2, Before = cursor }));
    }

    private static IReadOnlyList<SortField> ParseSort(string sort) =>
        [.. sort.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s[0] switch
        {
            '-' => new SortField(s[1..], Descending: true),
            '+' => new SortField(s[1..]),
            _ => new SortField(s),
        })];
}
