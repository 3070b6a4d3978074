using KnowledgeGraph.Analytics.Coordination;
using KnowledgeGraph.Analytics.Interoperability;
using KnowledgeGraph.Analytics.Tests.Support;

namespace KnowledgeGraph.Analytics.Tests.Interoperability;

public class InteroperabilityFinderTests
{
    private static readonly DateOnly Today = new(2025, 1, 1);

    [Fact]
    public void ListsTheChainsFromMunicipalPoliceToTheFbiCheapestFirst()
    {
        var network = CoordinationNetwork.Build(Domain.SampleSnapshot(), Today);
        network.TryGetNode("mx-municipal", out var from);
        network.TryGetNode("us-fbi", out var to);

        var paths = new InteroperabilityFinder(network).Find(from, to, 3);

        paths.Count.ShouldBe(2);
        paths[0].NodeIds.ShouldBe(["mx-municipal", "mx-gabinete", "mx-ssp", "bi-sig", "us-fbi"]);
        paths[0].Cost.ShouldBe(7.5);
        paths[1].NodeIds.ShouldBe(["mx-municipal", "mx-gabinete", "mx-ssp", "mx-fgr", "us-dea", "us-jttf", "us-fbi"]);
        paths[1].Cost.ShouldBe(11);
        paths[0].Hops.Select(h => (h.From, h.To)).ShouldBe(
            [("mx-municipal", "mx-gabinete"), ("mx-gabinete", "mx-ssp"), ("mx-ssp", "bi-sig"), ("bi-sig", "us-fbi")]);
        paths[0].Hops.Sum(h => h.Cost).ShouldBe(paths[0].Cost);
    }

    [Fact]
    public void ReportsCompetencyGapsOfTheEndsAndTheAgreementsThatBuildThem()
    {
        var network = CoordinationNetwork.Build(Domain.SampleSnapshot(), Today);
        network.TryGetNode("mx-municipal", out var from);
        network.TryGetNode("us-fbi", out var to);

        var gaps = new InteroperabilityFinder(network).Find(from, to, 1)[0].Gaps;

        gaps.Select(g => (g.CompetencyId, g.FromLevel, g.ToLevel)).ShouldBe([("secure-info", 1, 4), ("vetting", 0, 3)]);
        gaps[0].Agreements.ShouldBe([new BuildingAgreement("ag-merida", "ag-merida", "active")]);
        gaps[1].Agreements.ShouldBe([new BuildingAgreement("ag-proposed", "ag-proposed", "proposed")]);
    }

    [Fact]
    public void FindsNothingForAnIsolatedInstitution()
    {
        var network = CoordinationNetwork.Build(Domain.SampleSnapshot(), Today);
        network.TryGetNode("ml-interpol", out var from);
        network.TryGetNode("us-fbi", out var to);

        new InteroperabilityFinder(network).Find(from, to, 3).ShouldBeEmpty();
    }
}
