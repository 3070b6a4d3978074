using System.Text.Json;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Cli.Tests.Commands;

[Collection(SeededDatabaseCollection.Name)]
public sealed class RoadmapCommandTests(SeededDatabase db)
{
    private const string Goal = "security-treaty";

    [Fact]
    public async Task ListsEachUnmetPrerequisiteAfterItsOwnUnmetPrerequisites()
    {
        var run = await db.RunAsync("roadmap", Goal, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("goal").GetString().ShouldBe(Goal);
        var order = json.RootElement.GetProperty("unmetInOrder").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        order.Count.ShouldBeGreaterThan(1, "the seeded treaty has several unmet prerequisites");
        order.ShouldNotContain(Goal);
        order.Distinct().Count().ShouldBe(order.Count);
        var position = order.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var requires = new List<Relationship>();
        await foreach (var r in db.Store.ReadAllRelationshipsAsync())
        {
            if (r.Type == RelationshipType.Requires && position.ContainsKey(r.From) && position.ContainsKey(r.To))
            {
                requires.Add(r);
            }
        }

        requires.ShouldNotBeEmpty("some unmet prerequisites need other unmet ones");
        requires.ShouldAllBe(r => position[r.To] < position[r.From]);
        var unmet = json.RootElement.GetProperty("prerequisites").EnumerateArray()
            .Where(p => !p.GetProperty("met").GetBoolean()).Select(p => p.GetProperty("id").GetString()!).Order().ToList();
        unmet.ShouldBe(order.Order().ToList());
    }

    [Fact]
    public async Task GivesTheSamePlanAsTheAnalysisService()
    {
        var expected = await db.Analysis.GetRoadmapAsync(Goal, asOf: null);

        var run = await db.RunAsync("roadmap", Goal, "--json");

        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("goalMet").GetBoolean().ShouldBe(expected.GoalMet);
        root.GetProperty("unmetInOrder").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe(expected.UnmetInOrder.Select(i => i.Id));
        root.GetProperty("criticalChain").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ShouldBe(expected.CriticalChain.Select(i => i.Id));
        root.GetProperty("bestUnblocker").GetProperty("id").GetString().ShouldBe(expected.BestUnblocker!.Id);
    }

    [Fact]
    public async Task TextListsTheOrderTheCriticalChainAndTheBestUnblocker()
    {
        var expected = await db.Analysis.GetRoadmapAsync(Goal, asOf: null);

        var run = await db.RunAsync("roadmap", Goal);

        run.ExitCode.ShouldBe(0, run.Error);
        run.OutLines[0].ShouldStartWith($"goal {Goal} (");
        run.OutLines[0].ShouldContain($"{expected.Prerequisites.Count} prerequisites");
        var listed = run.OutLines.Where(l => char.IsDigit(l[0])).Select(l => l.Split(' ')[1]).ToList();
        listed.ShouldBe(expected.UnmetInOrder.Select(i => i.Id));
        run.Out.ShouldContain($"critical chain ({expected.CriticalChain.Count} steps, first to meet first): {string.Join(" -> ", expected.CriticalChain.Select(c => c.Id))}");
        run.Out.ShouldContain($"best unblocker: {expected.BestUnblocker!.Id} ");
    }

    [Theory]
    [InlineData("us-fbi", "NOT_AN_OBJECTIVE")]
    [InlineData("no-such-goal", "UNKNOWN_NODE")]
    public async Task RefusesAGoalThatIsNotAnObjective(string goal, string code)
    {
        var run = await db.RunAsync("roadmap", goal);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"error: {code}: ");
        run.Error.ShouldNotContain("   at ");
    }
}
