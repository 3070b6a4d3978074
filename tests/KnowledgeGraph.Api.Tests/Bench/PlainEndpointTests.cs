using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Bench;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Bench;

/// <summary>The benchmark compares like with like: the plain endpoints return exactly what the GraphQL queries return.</summary>
public sealed class PlainEndpointTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PlainInstitutionPageEqualsTheGraphQLAnswer()
    {
        var graphQL = await api.Client.PostAsync(PlainInstitutionPage.Query);
        var plain = await api.Client.Http.GetStringAsync("/bench/plain/institutions");

        graphQL.Errors.ShouldBeEmpty(graphQL.Text);
        graphQL.Data!["institutions"]!["nodes"]!.AsArray().Count.ShouldBe(50);
        GraphQLClient.AssertJsonEqual(JsonNode.Parse(plain), graphQL.Text);
    }

    [Fact]
    public async Task PlainTypenameEqualsTheGraphQLAnswer()
    {
        var graphQL = await api.Client.PostAsync("{ __typename }");
        var plain = await api.Client.Http.GetStringAsync("/bench/plain/typename");

        GraphQLClient.AssertJsonEqual(JsonNode.Parse(plain), graphQL.Text);
    }
}
