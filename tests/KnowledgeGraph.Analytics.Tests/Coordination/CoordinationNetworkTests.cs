using KnowledgeGraph.Analytics.Coordination;
using KnowledgeGraph.Analytics.Tests.Support;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Analytics.Tests.Support.Domain;

namespace KnowledgeGraph.Analytics.Tests.Coordination;

public class CoordinationNetworkTests
{
    private static readonly DateOnly Today = new(2025, 1, 1);
    private static readonly DateOnly Earlier = new(2020, 6, 1);

    [Fact]
    public void KeepsInstitutionsAndMechanismsValidOnTheDate()
    {
        var network = CoordinationNetwork.Build(SampleSnapshot(), Today);

        Enumerable.Range(0, network.NodeCount).Select(network.NodeId).Order().ShouldBe(
            ["bi-sig", "ml-interpol", "mx-fgr", "mx-gabinete", "mx-municipal", "mx-ssp", "us-dea", "us-fbi", "us-jttf"]);
    }

    [Fact]
    public void CostsEachLinkByChannelAndPenalties()
    {
        var network = CoordinationNetwork.Build(SampleSnapshot(), Today);

        Costs(network).OrderBy(p => p.Key, StringComparer.Ordinal).ShouldBe(new Dictionary<string, double>
        {
            ["mx-gabinete|mx-municipal"] = 2.5, // political mechanism 2 + municipal hindered by corruption 0.5
            ["mx-gabinete|mx-ssp"] = 2.0,
            ["bi-sig|mx-ssp"] = 1.0, // permanent mechanism
            ["bi-sig|us-fbi"] = 2.0, // permanent 1 + low confidence 1
            ["us-fbi|us-jttf"] = 1.0,
            ["us-dea|us-jttf"] = 1.0,
            ["mx-fgr|us-dea"] = 2.0, // parties to ag-merida
            ["mx-fgr|mx-ssp"] = 2.5, // direct 1 + strength 2/5 0.5 + friction 1
        }.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void ExplainsEveryLinkWithReasonsThatAddUpToItsCost()
    {
        var network = CoordinationNetwork.Build(SampleSnapshot(), Today);

        for (var link = 0; link < network.LinkCount; link++)
        {
            var info = network.Describe(link);
            info.Reasons.Sum(r => r.Amount).ShouldBe(info.Cost, 1e-12, info.From + "|" + info.To);
        }

        var friction = Describe(network, "mx-fgr", "mx-ssp");
        friction.Channel.ShouldBe("COORDINATES_WITH");
        friction.RelationshipIds.ShouldBe(["mx-fgr--COORDINATES_WITH->mx-ssp"]);
        friction.Reasons.Select(r => r.Text).ShouldBe(
            ["direct coordination channel", "weak strength (2/5)", "friction between the ends: jurisdiction-disputes"]);
        var agreement = Describe(network, "mx-fgr", "us-dea");
        agreement.Channel.ShouldBe("SHARED_AGREEMENT");
        agreement.RelationshipIds.ShouldBe(["mx-fgr--PARTY_TO->ag-merida", "us-dea--PARTY_TO->ag-merida"]);
    }

    [Fact]
    public void ReadsTheNetworkAsItStoodOnAnEarlierDate()
    {
        var network = CoordinationNetwork.Build(SampleSnapshot(), Earlier);

        // The ad-hoc task force (3 + 0.5) and the old agreement (2 + 0.5) both joined municipal police and the FBI: the cheaper stands.
        var link = Describe(network, "mx-municipal", "us-fbi");
        link.Cost.ShouldBe(2.5);
        link.Channel.ShouldBe("SHARED_AGREEMENT");
        link.ChannelCount.ShouldBe(1);
        network.TryGetNode("adhoc-task", out _).ShouldBeTrue();
        Costs(network)["adhoc-task|mx-municipal"].ShouldBe(3.5);
        Costs(CoordinationNetwork.Build(SampleSnapshot(), Today)).ShouldNotContainKey("mx-municipal|us-fbi");
    }

    [Fact]
    public void CollapsesParallelChannelsToTheCheapest()
    {
        var (nodes, relationships) = Sample();
        relationships.Add(R(RelationshipType.CoordinatesWith, "mx-ssp", "mx-fgr", ("strength", 5)));
        var network = CoordinationNetwork.Build(Snapshot(nodes, relationships), Today);

        var link = Describe(network, "mx-fgr", "mx-ssp");

        link.Cost.ShouldBe(2.0); // direct 1 + friction 1
        link.ChannelCount.ShouldBe(2);
        link.RelationshipIds.ShouldBe(["mx-ssp--COORDINATES_WITH->mx-fgr"]);
    }

    [Fact]
    public void LeavesOutProposedAgreements()
    {
        var network = CoordinationNetwork.Build(SampleSnapshot(), Today);

        network.TryGetNode("ml-interpol", out var interpol).ShouldBeTrue();
        network.Graph.Degree(interpol).ShouldBe(0);
    }

    [Fact]
    public void ChargesInviteesAndUnclassifiedMechanisms()
    {
        var g = Snapshot(
            [N("a", NodeKind.Institution), N("m", NodeKind.Mechanism)],
            [R(RelationshipType.MemberOf, "a", "m", ("role", "invitee")) with { Confidence = Confidence.Medium }]);

        var info = CoordinationNetwork.Build(g).Describe(0);

        info.Cost.ShouldBe(LinkCostModel.UnknownPermanence + LinkCostModel.Invitee + LinkCostModel.MediumConfidence);
    }

    private static Dictionary<string, double> Costs(CoordinationNetwork network) =>
        Enumerable.Range(0, network.LinkCount).Select(network.Describe)
            .ToDictionary(l => string.Join('|', new[] { l.From, l.To }.Order(StringComparer.Ordinal)), l => l.Cost);

    private static CoordinationLinkInfo Describe(CoordinationNetwork network, string a, string b) =>
        Enumerable.Range(0, network.LinkCount).Select(network.Describe).Single(l => (l.From == a && l.To == b) || (l.From == b && l.To == a));
}
