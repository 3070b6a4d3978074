using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Analytics.Tests.Support.Domain;

namespace KnowledgeGraph.Application.Tests.Analysis;

public class AnalysisServiceTests
{
    private static readonly DateOnly Today = new(2025, 1, 1);

    private readonly InMemoryGraphStore _store = new();
    private readonly AnalysisService _service;

    public AnalysisServiceTests()
    {
        var (nodes, relationships) = Sample();
        _store.Add(nodes, relationships);
        _service = new AnalysisService(new SnapshotProvider(_store));
    }

    [Fact]
    public async Task ReturnsTheCoordinationNetworkOnADate()
    {
        var network = await _service.GetCoordinationNetworkAsync(Today);

        network.Nodes.Count.ShouldBe(9);
        network.Links.Count.ShouldBe(8);
        network.Nodes.Single(n => n.Id == "mx-ssp").Degree.ShouldBe(3);
        network.Links.ShouldAllBe(l => l.Reasons.Count > 0);
    }

    [Fact]
    public async Task RanksBottlenecksWithCutsDependantsAndCores()
    {
        var rows = await _service.GetBottlenecksAsync(3, null, weighted: false, samples: null, seed: null, Today);

        rows.Select(r => r.Rank).ShouldBe([1, 2, 3]);
        rows[0].NodeId.ShouldBe("mx-ssp");
        rows[0].ArticulationPoint.ShouldBeTrue();
        rows[0].Dependants.ShouldBe(2);
        rows[0].DirectDependants.ShouldBe(2);
        rows[0].CoreNumber.ShouldBe(2);
        rows.ShouldBeInOrder(SortDirection.Descending, Comparer<BottleneckRow>.Create((a, b) => a.Betweenness.CompareTo(b.Betweenness)));
    }

    [Fact]
    public async Task FiltersBottlenecksByKind()
    {
        var rows = await _service.GetBottlenecksAsync(10, [NodeKind.Mechanism], weighted: true, samples: null, seed: null, Today);

        rows.Select(r => r.NodeId).Order().ShouldBe(["bi-sig", "mx-gabinete", "us-jttf"]);
        rows.Select(r => r.Rank).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task SamplesBottlenecksReproduciblyWithASeed()
    {
        var first = await _service.GetBottlenecksAsync(9, null, weighted: false, samples: 4, seed: 3, Today);
        var second = await _service.GetBottlenecksAsync(9, null, weighted: false, samples: 4, seed: 3, Today);

        second.ShouldBe(first);
    }

    [Fact]
    public async Task ListsBridgesExplained()
    {
        var bridges = await _service.GetBridgesAsync(Today);

        bridges.Select(b => $"{b.From}|{b.To}").Order().ShouldBe(["mx-gabinete|mx-municipal", "mx-gabinete|mx-ssp"], ignoreOrder: true);
    }

    [Fact]
    public async Task FindsInteroperabilityPaths()
    {
        var paths = await _service.GetInteroperabilityPathsAsync("mx-municipal", "us-fbi", 3, Today);

        paths.Count.ShouldBe(2);
        paths[0].Cost.ShouldBe(7.5);
        paths[0].Gaps.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("mx-municipal", "us-fbi", 0, AnalysisCodes.KOutOfRange)]
    [InlineData("mx-municipal", "us-fbi", 11, AnalysisCodes.KOutOfRange)]
    [InlineData("nobody", "us-fbi", 3, AnalysisCodes.UnknownNode)]
    [InlineData("mx-municipal", "bi-sig", 3, AnalysisCodes.NotAnInstitution)]
    [InlineData("us-fbi", "us-fbi", 3, AnalysisCodes.SameEndpoints)]
    [InlineData("ml-interpol", "us-fbi", 3, AnalysisCodes.NoPath)]
    public async Task RefusesPathRequestsWithACode(string from, string to, int k, string code)
    {
        var error = await Should.ThrowAsync<AnalysisException>(() => _service.GetInteroperabilityPathsAsync(from, to, k, Today));

        error.Code.ShouldBe(code);
    }

    [Fact]
    public async Task PlansTheRoadmapToAGoal()
    {
        var plan = await _service.GetRoadmapAsync("security-treaty", Today);

        plan.BestUnblocker!.Id.ShouldBe("vetting");
        plan.CriticalChain.Select(c => c.Id).ShouldBe(["vetting", "obj-vetted", "obj-trust"]);
    }

    [Fact]
    public async Task RefusesARoadmapToSomethingOtherThanAnObjective()
    {
        (await Should.ThrowAsync<AnalysisException>(() => _service.GetRoadmapAsync("us-fbi", Today))).Code.ShouldBe(AnalysisCodes.NotAnObjective);
        (await Should.ThrowAsync<AnalysisException>(() => _service.GetRoadmapAsync("nobody", Today))).Code.ShouldBe(AnalysisCodes.UnknownNode);
    }

    [Fact]
    public async Task NamesARequiresCycle()
    {
        _store.Add([], [R(RelationshipType.Requires, "obj-vetted", "obj-trust")]);

        var error = await Should.ThrowAsync<AnalysisException>(() => _service.GetRoadmapAsync("security-treaty", Today));

        error.Code.ShouldBe(AnalysisCodes.RequiresCycle);
        error.NodeIds.Order().ShouldBe(["obj-trust", "obj-vetted"]);
        error.Message.ShouldContain("obj-trust -> obj-vetted -> obj-trust");
    }

    [Fact]
    public async Task ShowsWhatBreaksWhenAMechanismIsRemoved()
    {
        var result = await _service.WhatIfAsync(new WhatIfRequest
        {
            RemoveNodeIds = ["bi-sig"],
            AsOf = Today,
            PathFrom = "mx-municipal",
            PathTo = "us-fbi",
        });

        result.PathsBefore.Count.ShouldBe(2);
        result.PathsAfter.Count.ShouldBe(1);
        result.BrokenPaths.Single().NodeIds.ShouldContain("bi-sig");
        result.NewPaths.ShouldBeEmpty();
        result.RankChanges.ShouldContain(c => c.NodeId == "bi-sig" && c.RankAfter == null);
        result.BottlenecksAfter.ShouldNotContain(r => r.NodeId == "bi-sig");
    }

    [Fact]
    public async Task ShowsANewPathWhenAnAgreementIsAdded()
    {
        var result = await _service.WhatIfAsync(new WhatIfRequest
        {
            AddNodes = [N("ag-new", NodeKind.Agreement, ("status", "active"))],
            AddRelationships = [R(RelationshipType.PartyTo, "mx-municipal", "ag-new"), R(RelationshipType.PartyTo, "us-fbi", "ag-new")],
            AsOf = Today,
            PathFrom = "mx-municipal",
            PathTo = "us-fbi",
        });

        result.NewPaths[0].NodeIds.ShouldBe(["mx-municipal", "us-fbi"]);
        result.PathsAfter[0].Cost.ShouldBe(2.5);
    }

    [Fact]
    public async Task RemovesARelationshipByIdInWhatIf()
    {
        var result = await _service.WhatIfAsync(new WhatIfRequest
        {
            RemoveRelationshipIds = ["mx-ssp--MEMBER_OF->bi-sig"],
            AsOf = Today,
            PathFrom = "mx-municipal",
            PathTo = "us-fbi",
        });

        result.PathsAfter.Single().Cost.ShouldBe(11);
    }

    [Fact]
    public async Task RefusesWhatIfsThatNameUnknownThings()
    {
        (await Should.ThrowAsync<AnalysisException>(() => _service.WhatIfAsync(new WhatIfRequest { RemoveNodeIds = ["nobody"] })))
            .Code.ShouldBe(AnalysisCodes.UnknownNode);
        (await Should.ThrowAsync<AnalysisException>(() => _service.WhatIfAsync(new WhatIfRequest { RemoveRelationshipIds = ["x--MEMBER_OF->y"] })))
            .Code.ShouldBe(AnalysisCodes.UnknownRelationship);
        (await Should.ThrowAsync<AnalysisException>(() => _service.WhatIfAsync(new WhatIfRequest { AddRelationships = [R(RelationshipType.CoordinatesWith, "us-fbi", "nobody")] })))
            .Code.ShouldBe(AnalysisCodes.UnknownNode);
        (await Should.ThrowAsync<AnalysisException>(() => _service.WhatIfAsync(new WhatIfRequest { AddRelationships = [R(RelationshipType.MemberOf, "bi-sig", "us-fbi", ("role", "member"))] })))
            .Code.ShouldBe(AnalysisCodes.InvalidArgument);
    }

    [Fact]
    public async Task ReadsTheGraphAsOfTodayWhenNoDateIsGiven()
    {
        var in2020 = new AnalysisService(new SnapshotProvider(_store), new FixedTimeProvider(new DateTimeOffset(2020, 6, 1, 12, 0, 0, TimeSpan.Zero)));

        var then = await in2020.GetInteroperabilityPathsAsync("mx-municipal", "us-fbi", 1, asOf: null);
        var now = await _service.GetInteroperabilityPathsAsync("mx-municipal", "us-fbi", 1, asOf: null);

        then[0].NodeIds.ShouldBe(["mx-municipal", "us-fbi"]);
        now[0].NodeIds.Count.ShouldBe(5);
        (await in2020.GetCoordinationNetworkAsync(null)).AsOf.ShouldBe(new DateOnly(2020, 6, 1));
    }

    [Fact]
    public async Task LeavesTheStoreUntouchedByWhatIf()
    {
        await _service.WhatIfAsync(new WhatIfRequest { RemoveNodeIds = ["mx-ssp"] });

        (await _service.GetBottlenecksAsync(1, null, false, null, null, Today))[0].NodeId.ShouldBe("mx-ssp");
    }
}
