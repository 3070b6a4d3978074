using System.Net;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>Production switches: no introspection, no IDE, and the per-client rate limit with Retry-After.</summary>
public sealed class LockedDownServerTests(LockedDownApiFixture api) : IClassFixture<LockedDownApiFixture>
{
    [Fact]
    public async Task RefusesIntrospectionAndHidesThePrintedSchema()
    {
        var introspection = await api.Send("{ __schema { queryType { name } } }", apiKey: api.KeyFor("admin-test"));
        using var sdl = await api.Http.GetAsync("/graphql/schema.graphql");

        introspection.Response.Errors.ShouldNotBeEmpty(introspection.Text);
        introspection.Text.ShouldNotContain("\"Query\"");
        sdl.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HidesTheIdePageAndItsFiles()
    {
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var pageResponse = await api.Http.SendAsync(page);
        using var asset = await api.Http.GetAsync("/graphiql/main.js");

        pageResponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        asset.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnswersTooManyRequestsWithRetryAfterPerKeyAndLeavesOtherKeysAlone()
    {
        const string query = """{ node(id: "mx-sedena") { id } }""";
        var statuses = new List<HttpStatusCode>();
        GraphQLResponseWithHeaders? last = null;
        for (var i = 0; i <= LockedDownApiFixture.PermitLimit; i++)
        {
            last = await api.Send(query, apiKey: api.KeyFor("limited-a"));
            statuses.Add(last.Status);
        }

        var otherKey = await api.Send(query, apiKey: api.KeyFor("limited-b"));
        using var health = await api.Http.GetAsync("/healthz");

        statuses.Take(LockedDownApiFixture.PermitLimit).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
        last!.ErrorCodes.ShouldBe(["RATE_LIMITED"]);
        int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        otherKey.Status.ShouldBe(HttpStatusCode.OK, otherKey.Text);
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
