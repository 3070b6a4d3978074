using System.Net;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Http;

public sealed class GraphQLHttpProtocolTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly GraphQLClient _client = api.Client;

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    public async Task NegotiatesResponseMediaTypeFromAccept(string? accept, string expected)
    {
        var response = await _client.PostRawAsync("""{"query":"{ __typename }"}""", accept);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ContentType.ShouldBe($"{expected}; charset=utf-8");
        GraphQLClient.AssertJsonEqual(response.Data, """{"__typename":"Query"}""");
    }

    [Fact]
    public async Task AnswersNotAcceptableWhenNoGraphQLMediaTypeIsAccepted()
    {
        var response = await _client.PostRawAsync("""{"query":"{ __typename }"}""", "text/csv");

        response.Status.ShouldBe(HttpStatusCode.NotAcceptable);
        response.ErrorCodes.ShouldBe(["NOT_ACCEPTABLE"]);
    }

    [Fact]
    public async Task RunsQueriesOverGetWithJsonVariables()
    {
        var query = Uri.EscapeDataString("query Q($id: ID!) { node(id: $id) { id } }");
        var variables = Uri.EscapeDataString("""{"id":"us-fbi"}""");

        var response = await _client.GetAsync($"/graphql?query={query}&variables={variables}&operationName=Q");

        response.Status.ShouldBe(HttpStatusCode.OK);
        GraphQLClient.AssertJsonEqual(response.Data, """{"node":{"id":"us-fbi"}}""");
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task RefusesMutationsOverGetWith405(string accept)
    {
        var response = await _client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"), accept);

        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.ErrorCodes.ShouldBe(["METHOD_NOT_ALLOWED"]);
        response.Body["data"].ShouldBeNull();
    }

    [Fact]
    public async Task RunsMutationsOverPost()
    {
        var response = await _client.PostAsync("mutation { __typename }");

        response.Status.ShouldBe(HttpStatusCode.OK);
        GraphQLClient.AssertJsonEqual(response.Data, """{"__typename":"Mutation"}""");
    }

    [Fact]
    public async Task AnswersRequestErrorsWith400AndNoDataUnderGraphQLResponseJson()
    {
        var response = await _client.PostAsync("{ nope }");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Body.AsObject().ContainsKey("data").ShouldBeFalse();
        response.ErrorCodes.ShouldBe(["GRAPHQL_VALIDATION_FAILED"]);
    }

    [Fact]
    public async Task AnswersRequestErrorsWith200UnderApplicationJson()
    {
        var response = await _client.PostAsync("{ nope }", accept: "application/json");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ErrorCodes.ShouldBe(["GRAPHQL_VALIDATION_FAILED"]);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("text/plain", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("application/json; charset=iso-8859-1", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    public async Task RefusesBodiesThatAreNotUtf8Json(string? contentType, HttpStatusCode status, string code)
    {
        var response = await _client.PostRawAsync("""{"query":"{ __typename }"}""", contentType: contentType);

        response.Status.ShouldBe(status);
        response.ErrorCodes.ShouldBe([code]);
    }

    [Theory]
    [InlineData("""{ "not a JSON""", "INVALID_JSON")]
    [InlineData("", "BAD_REQUEST")]
    [InlineData("""["array"]""", "BAD_REQUEST")]
    [InlineData("""{"query":0}""", "BAD_REQUEST")]
    [InlineData("""{"query":{"obj":"ect"}}""", "BAD_REQUEST")]
    [InlineData("""{"qeury":"{ __typename }"}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ __typename }","variables":["array"]}""", "BAD_REQUEST")]
    [InlineData("""{"query":"{ __typename }","extensions":0}""", "BAD_REQUEST")]
    public async Task RefusesMalformedParametersWith400(string body, string code)
    {
        var response = await _client.PostRawAsync(body, "application/json");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorCodes.ShouldBe([code]);
    }

    [Fact]
    public async Task AcceptsNullOptionalParameters()
    {
        var response = await _client.PostRawAsync("""{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}""");

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ServesGraphiQLToBrowsersWithoutInlineScripts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await _client.Http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        html.ShouldContain("""<script type="module" src="/graphiql/main.js"></script>""");
        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").ShouldBeEmpty();

        using var bundle = await _client.Http.GetAsync("/graphiql/main.js");
        bundle.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var worker = await _client.Http.GetAsync("/graphiql/workers/graphql.worker.js");
        worker.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnswersTheFullIntrospectionQueryThatIdesSendOnStart()
    {
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
        var query = $$"""
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description locations args { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { {{typeRef}} }
            """;

        var response = await _client.PostAsync(query);

        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
        response.Errors.ShouldBeEmpty();
        response.Data!["__schema"]!["types"]!.AsArray().Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task ServesTheSchemaAsSdl()
    {
        var sdl = await _client.Http.GetStringAsync("/graphql/schema.graphql");

        sdl.ShouldContain("type Institution implements Node");
        sdl.ShouldContain("institutions(");
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task ReportsHealthAndReadiness(string path)
    {
        using var response = await _client.Http.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
