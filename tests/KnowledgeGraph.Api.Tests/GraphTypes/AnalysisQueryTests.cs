using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphTypes;

/// <summary>The analysts' questions over GraphQL, on the real seeds.</summary>
public sealed class AnalysisQueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly GraphQLClient _client = api.Client;

    [Fact]
    public async Task RanksBottlenecksByBetweenness()
    {
        var response = await _client.PostAsync("{ bottlenecks(top: 5) { rank nodeId betweenness articulationPoint node { name } } }");

        response.Errors.ShouldBeEmpty(response.Text);
        var rows = response.Data!["bottlenecks"]!.AsArray();
        rows.Select(r => r!["rank"]!.GetValue<int>()).ShouldBe([1, 2, 3, 4, 5]);
        var scores = rows.Select(r => r!["betweenness"]!.GetValue<double>()).ToList();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        rows.ShouldAllBe(r => r!["node"]!["name"]!.GetValue<string>().Length > 0);
    }

    [Fact]
    public async Task FindsInteroperabilityPathsFromAMunicipalPoliceToTheFbiAsADrawableSubgraph()
    {
        var response = await _client.PostAsync(
            """
            { interoperabilityPaths(from: "mx-policias-municipales", to: "us-fbi", k: 2) {
                rank cost nodeIds hops { source target cost reasons { text } } gaps { competencyId fromLevel toLevel }
                subgraph { nodes { id } edges { source target } } } }
            """);

        response.Errors.ShouldBeEmpty(response.Text);
        var paths = response.Data!["interoperabilityPaths"]!.AsArray();
        paths.Count.ShouldBeInRange(1, 2);
        foreach (var path in paths)
        {
            var ids = path!["nodeIds"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
            ids[0].ShouldBe("mx-policias-municipales");
            ids[^1].ShouldBe("us-fbi");
            path["hops"]!.AsArray().Count.ShouldBe(ids.Count - 1);
            path["subgraph"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ShouldBe(ids, ignoreOrder: true);
            path["subgraph"]!["edges"]!.AsArray().ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task PlansTheRoadmapToTheSecurityTreaty()
    {
        var response = await _client.PostAsync(
            """{ roadmap(goal: "security-treaty") { goalId goalMet unmetInOrder { id met } bestUnblocker { id waiting } subgraph { nodes { id } edges { type } } } }""");

        response.Errors.ShouldBeEmpty(response.Text);
        var roadmap = response.Data!["roadmap"]!;
        roadmap["goalId"]!.GetValue<string>().ShouldBe("security-treaty");
        roadmap["unmetInOrder"]!.AsArray().ShouldAllBe(i => !i!["met"]!.GetValue<bool>());
        roadmap["subgraph"]!["edges"]!.AsArray().ShouldAllBe(e => e!["type"]!.GetValue<string>() == "REQUIRES");
    }

    [Fact]
    public async Task ComparesBottlenecksBeforeAndAfterRemovingTheTopOne()
    {
        var top = (await _client.PostAsync("{ bottlenecks(top: 1) { nodeId } }")).Data!["bottlenecks"]![0]!["nodeId"]!.GetValue<string>();

        var response = await _client.PostAsync(
            "query W($id: ID!) { whatIf(remove: [$id], top: 5) { bottlenecks { before { nodeId } after { nodeId } } diff { nodeId rankBefore rankAfter } } }",
            new { id = top });

        response.Errors.ShouldBeEmpty(response.Text);
        var result = response.Data!["whatIf"]!;
        result["bottlenecks"]!["before"]![0]!["nodeId"]!.GetValue<string>().ShouldBe(top);
        result["bottlenecks"]!["after"]!.AsArray().ShouldNotContain(r => r!["nodeId"]!.GetValue<string>() == top);
        result["diff"]!.AsArray().ShouldContain(d => d!["nodeId"]!.GetValue<string>() == top && d["rankAfter"] == null);
    }

    [Fact]
    public async Task MapsAnalysisErrorsToCodesAtTheArgument()
    {
        var unknown = await _client.PostAsync("""{ interoperabilityPaths(from: "no-such-node", to: "us-fbi") { rank } }""");
        unknown.ErrorCodes.ShouldBe(["UNKNOWN_NODE"]);
        unknown.Errors[0]!["extensions"]!["inputPath"]!.ToJsonString().ShouldBe("""["from"]""");

        var notObjective = await _client.PostAsync("""{ roadmap(goal: "us-fbi") { goalId } }""");
        notObjective.ErrorCodes.ShouldBe(["NOT_AN_OBJECTIVE"]);

        var k = await _client.PostAsync("""{ interoperabilityPaths(from: "mx-policias-municipales", to: "us-fbi", k: 50) { rank } }""");
        k.ErrorCodes.ShouldBe(["K_OUT_OF_RANGE"]);
    }
}
