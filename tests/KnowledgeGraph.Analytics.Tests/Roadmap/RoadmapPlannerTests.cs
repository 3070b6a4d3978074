using KnowledgeGraph.Analytics.Roadmap;
using KnowledgeGraph.Analytics.Tests.Support;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Analytics.Tests.Support.Domain;

namespace KnowledgeGraph.Analytics.Tests.Roadmap;

public class RoadmapPlannerTests
{
    private static readonly DateOnly Today = new(2025, 1, 1);

    [Fact]
    public void SortsPrerequisitesIntoMetAndUnmetByTheRules()
    {
        var plan = Plan(SampleSnapshot(), "security-treaty");

        plan.GoalMet.ShouldBeFalse();
        plan.HolderCountries.ShouldBe(["mx", "us"]);
        plan.Prerequisites.Where(p => p.Met).Select(p => p.Id).ShouldBe(["ag-merida", "bi-sig", "secure-info"]);
        plan.Prerequisites.Where(p => !p.Met).Select(p => p.Id).ShouldBe(["mx-gabinete", "obj-info", "obj-trust", "obj-vetted", "vetting"]);
        plan.Prerequisites.Single(p => p.Id == "vetting").Reason.ShouldContain("mx: none");
    }

    [Fact]
    public void OrdersUnmetPrerequisitesAfterTheirOwn()
    {
        var order = Plan(SampleSnapshot(), "security-treaty").UnmetInOrder.Select(p => p.Id).ToList();

        order.Count.ShouldBe(5);
        order.IndexOf("vetting").ShouldBeLessThan(order.IndexOf("obj-vetted"));
        order.IndexOf("vetting").ShouldBeLessThan(order.IndexOf("obj-info"));
        order.IndexOf("obj-vetted").ShouldBeLessThan(order.IndexOf("obj-trust"));
        order.IndexOf("mx-gabinete").ShouldBeLessThan(order.IndexOf("obj-trust"));
    }

    [Fact]
    public void FindsTheCriticalChainAndBestUnblocker()
    {
        var plan = Plan(SampleSnapshot(), "security-treaty");

        plan.CriticalChain.Select(p => p.Id).ShouldBe(["vetting", "obj-vetted", "obj-trust"]);

        // Vetting holds up obj-vetted, obj-info, obj-trust and the goal; meeting it completes obj-vetted and obj-info.
        plan.BestUnblocker.ShouldBe(new RoadmapUnblocker("vetting", "vetting", 4, 2));
    }

    [Fact]
    public void MeetsACountryHeldGoalWithThatCountryAlone()
    {
        var (nodes, relationships) = Sample();
        nodes.Add(N("us-goal", NodeKind.Objective, ("holder", "us")));
        relationships.Add(R(RelationshipType.Requires, "us-goal", "vetting"));

        var plan = Plan(Snapshot(nodes, relationships), "us-goal");

        plan.GoalMet.ShouldBeTrue();
        plan.UnmetInOrder.ShouldBeEmpty();
        plan.BestUnblocker.ShouldBeNull();
    }

    [Fact]
    public void TreatsAMechanismMissingOnTheDateAsUnmet()
    {
        var (nodes, relationships) = Sample();
        nodes.Add(N("goal", NodeKind.Objective));
        relationships.Add(R(RelationshipType.Requires, "goal", "us-jttf"));
        var index = nodes.FindIndex(n => n.Id == "us-jttf");
        nodes[index] = nodes[index] with { ValidFrom = new DateOnly(2030, 1, 1) };

        var plan = Plan(Snapshot(nodes, relationships), "goal");

        plan.Prerequisites.Single().Met.ShouldBeFalse();
        plan.Prerequisites.Single().Reason.ShouldBe("mechanism does not exist on the date");
    }

    [Fact]
    public void NamesACycleInsteadOfPlanning()
    {
        var g = Snapshot(
            [N("a", NodeKind.Objective), N("b", NodeKind.Objective), N("c", NodeKind.Objective)],
            [R(RelationshipType.Requires, "a", "b"), R(RelationshipType.Requires, "b", "c"), R(RelationshipType.Requires, "c", "b")]);

        var plan = Plan(g, "a");

        plan.Cycle.ShouldBe(["b", "c"]);
    }

    private static RoadmapPlan Plan(KnowledgeGraph.Analytics.Graphs.GraphSnapshot g, string goal)
    {
        g.TryGetIndex(goal, out var index).ShouldBeTrue();
        return new RoadmapPlanner(g, Today).Plan(index);
    }
}
