using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>Bad requests get their documented code and never a stack trace.</summary>
public sealed class BadInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly GraphQLClient _client = api.Client;

    [Fact]
    public async Task ReportsParseFailedForAMalformedDocument()
    {
        var response = await _client.PostAsync("{ institutions(first: 2) { nodes { name }");

        AssertRefused(response, HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED");
    }

    [Fact]
    public async Task ReportsValidationFailedForAnUnknownField()
    {
        var response = await _client.PostAsync("{ institutions { nodes { salary } } }");

        AssertRefused(response, HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED");
        response.Errors[0]!["message"]!.GetValue<string>().ShouldContain("salary");
    }

    [Fact]
    public async Task ReportsBadUserInputForAWrongVariableType()
    {
        var response = await _client.PostAsync("query Q($n: Int) { institutions(first: $n) { totalCount } }", new { n = "ten" });

        AssertRefused(response, HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task ReportsRequestTooLargeForAnOversizeBody()
    {
        var query = "{ __typename " + new string(' ', 200_000) + "}";
        var body = "{\"query\":\"" + query + "\"}";

        var response = await _client.PostRawAsync(body);

        response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.ErrorCodes.ShouldBe(["REQUEST_TOO_LARGE"]);
    }

    [Fact]
    public async Task ReportsMaxDepthExceededForADeepQuery()
    {
        var query = new StringBuilder("{ node(id: \"us-fbi\") { ... on Institution { ");
        for (var i = 0; i < 9; i++)
        {
            query.Append("memberOf { mechanism { members { institution { ");
        }

        query.Append("id").Append(string.Concat(Enumerable.Repeat(" } } } }", 9))).Append(" } } }");

        var response = await _client.PostAsync(query.ToString());

        AssertRefused(response, HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task ReportsMaxComplexityExceededForACostlyQuery()
    {
        var response = await _client.PostAsync(
            "{ institutions(first: 200) { nodes { competencies { competency { heldBy { holder { ... on Institution { competencies { competency { heldBy { holder { name } } } } } } } } } } } }");

        AssertRefused(response, HttpStatusCode.BadRequest, "MAX_COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task CountsPageSizesFromVariablesEvenForCachedDocuments()
    {
        const string query = "query Q($n: Int) { institutions(first: $n) { nodes { competencies { competency { heldBy { holder { ... on Institution { competencies { competency { heldBy { holder { name } } } } } } } } } } } }";

        (await _client.PostAsync(query, new { n = 2 })).Errors.ShouldBeEmpty();
        var costly = await _client.PostAsync(query, new { n = 200 });

        AssertRefused(costly, HttpStatusCode.BadRequest, "MAX_COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task ReportsPageSizeExceededWithTheArgumentPath()
    {
        var response = await _client.PostAsync("{ agreements(first: 201) { totalCount } }");

        response.ErrorCodes.ShouldBe(["PAGE_SIZE_EXCEEDED"]);
        response.Errors[0]!["extensions"]!["inputPath"]!.ToJsonString().ShouldBe("""["first"]""");
        response.Errors[0]!["path"]!.ToJsonString().ShouldBe("""["agreements"]""");
        NoStackTrace(response);
    }

    [Fact]
    public async Task ReportsParserDepthExceededForADeeplyNestedLiteral()
    {
        var nested = new string('[', 200) + "\"x\"" + new string(']', 200);

        var response = await _client.PostAsync("{ nodes(ids: " + nested + ") { id } }");

        AssertRefused(response, HttpStatusCode.BadRequest, "PARSER_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task ReportsBadCursorFromTheStore()
    {
        var response = await _client.PostAsync("""{ institutions(first: 2, after: "not-a-cursor") { nodes { id } } }""");

        response.ErrorCodes.ShouldBe(["BAD_CURSOR"]);
        NoStackTrace(response);
    }

    private static void AssertRefused(GraphQLResponse response, HttpStatusCode status, string code)
    {
        response.Status.ShouldBe(status, response.Text);
        response.ErrorCodes.ShouldBe([code], response.Text);
        response.Body.AsObject().ContainsKey("data").ShouldBeFalse();
        NoStackTrace(response);
    }

    private static void NoStackTrace(GraphQLResponse response)
    {
        response.Text.ShouldNotContain("   at ");
        response.Text.ShouldNotContain("Exception");
    }
}
