using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphTypes;

public sealed class PagingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly GraphQLClient _client = api.Client;

    [Fact]
    public async Task WalksForwardThroughEveryInstitutionWithoutGapsOrRepeats()
    {
        var total = await TotalAsync();
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var response = await _client.PostAsync(
                "query P($after: String) { institutions(first: 7, after: $after, order: [{ name: ASC }]) { pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }",
                new { after });
            response.Errors.ShouldBeEmpty(response.Text);
            var connection = response.Data!["institutions"]!;
            seen.AddRange(connection["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        seen.Count.ShouldBe(total);
        seen.Distinct().Count().ShouldBe(total);
    }

    [Fact]
    public async Task PagesBackwardWithLastAndBefore()
    {
        var all = await IdsAsync("{ institutions(first: 200, order: [{ id: ASC }]) { nodes { id } } }", "institutions");
        var lastFive = await _client.PostAsync("{ institutions(last: 5, order: [{ id: ASC }]) { pageInfo { hasPreviousPage startCursor } nodes { id } } }");
        lastFive.Errors.ShouldBeEmpty(lastFive.Text);
        var connection = lastFive.Data!["institutions"]!;
        connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ShouldBe(all.TakeLast(5));
        connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().ShouldBeTrue();

        var before = connection["pageInfo"]!["startCursor"]!.GetValue<string>();
        var previous = await _client.PostAsync(
            "query P($before: String) { institutions(last: 5, before: $before, order: [{ id: ASC }]) { nodes { id } } }", new { before });
        previous.Data!["institutions"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ShouldBe(all.SkipLast(5).TakeLast(5));
    }

    [Fact]
    public async Task CountsTheTotalWithoutLoadingRows()
    {
        api.Store.Reset();
        var response = await _client.PostAsync("{ institutions(first: 1) { totalCount nodes { id } } }");

        response.Errors.ShouldBeEmpty(response.Text);
        response.Data!["institutions"]!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(50);
        response.Data["institutions"]!["nodes"]!.AsArray().Count.ShouldBe(1);
        api.Store.Calls.ShouldBe(new Dictionary<string, int> { ["QueryNodesAsync"] = 1 });
    }

    [Fact]
    public async Task UsesTheDefaultPageSizeWhenNoneIsGiven()
    {
        var response = await _client.PostAsync("{ institutions { nodes { id } pageInfo { hasNextPage } } }");

        response.Data!["institutions"]!["nodes"]!.AsArray().Count.ShouldBe(50);
        response.Data["institutions"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>().ShouldBeTrue();
    }

    private async Task<int> TotalAsync()
    {
        var response = await _client.PostAsync("{ institutions(first: 1) { totalCount } }");
        return response.Data!["institutions"]!["totalCount"]!.GetValue<int>();
    }

    private async Task<List<string>> IdsAsync(string query, string field)
    {
        var response = await _client.PostAsync(query);
        response.Errors.ShouldBeEmpty(response.Text);
        return [.. response.Data![field]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
    }
}
