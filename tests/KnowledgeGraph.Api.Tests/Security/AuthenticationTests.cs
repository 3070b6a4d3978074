using System.Net;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>API keys and bearer tokens on a closed server: who gets in, with which role, and what the audit trail records.</summary>
public sealed class AuthenticationTests(ClosedApiFixture api) : IClassFixture<ClosedApiFixture>
{
    private const string Query = """{ node(id: "mx-sedena") { id name } }""";

    private const string Upsert = """
        mutation U($input: NodeInput!) { upsertNode(input: $input) { created node { id } } }
        """;

    private static object NodeInput(string id) => new
    {
        input = new { id, kind = "INSTITUTION", name = "Unidad " + id, confidence = "LOW", sources = new[] { "src-test" }, properties = new { country = "mx" } },
    };

    [Fact]
    public async Task RefusesAnonymousQueriesWith401AndAChallengeOnAClosedServer()
    {
        var response = await api.Send(Query);

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
        response.Text.ShouldNotContain("SEDENA");
    }

    [Theory]
    [InlineData("/graphql/schema.graphql", HttpStatusCode.Unauthorized)]
    [InlineData("/a/future/endpoint", HttpStatusCode.Unauthorized)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/readyz", HttpStatusCode.OK)]
    public async Task DeniesAnonymousCallersEverythingButThePublicPagesAndProbes(string path, HttpStatusCode expected)
    {
        using var response = await api.Http.GetAsync(path);

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task LetsAReaderKeyQueryButForbidsItsMutationsWith403()
    {
        var query = await api.Send(Query, apiKey: api.KeyFor("reader-test"));
        var mutation = await api.Send(Upsert, NodeInput("mx-reader-write"), apiKey: api.KeyFor("reader-test"));

        query.Status.ShouldBe(HttpStatusCode.OK, query.Text);
        query.Response.Data!["node"]!["name"]!.GetValue<string>().ShouldBe("Secretaría de la Defensa Nacional");
        mutation.Status.ShouldBe(HttpStatusCode.Forbidden, mutation.Text);
        mutation.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await api.Store.GetNodeAsync("mx-reader-write")).ShouldBeNull();
    }

    [Fact]
    public async Task RecordsAnEditorKeysMutationUnderTheKeysNameInTheAuditTrail()
    {
        var response = await api.Send(Upsert, NodeInput("mx-editor-write"), apiKey: api.KeyFor("editor-test"));

        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
        response.Response.Errors.ShouldBeEmpty(response.Text);
        var audit = await api.Store.GetAuditLogAsync(new AuditQuery { ItemId = "mx-editor-write" });
        audit.ShouldHaveSingleItem().Actor.ShouldBe("key:editor-test");
    }

    [Fact]
    public async Task ServesTheAuditLogToAdminsOnlyWithItsFilters()
    {
        await api.Send(Upsert, NodeInput("mx-audited"), apiKey: api.KeyFor("editor-test"));
        const string audit = """{ auditLog(first: 5, itemId: "mx-audited") { actor operation itemId before after } }""";

        var asAdmin = await api.Send(audit, apiKey: api.KeyFor("admin-test"));
        var asEditor = await api.Send(audit, apiKey: api.KeyFor("editor-test"));

        asAdmin.Status.ShouldBe(HttpStatusCode.OK, asAdmin.Text);
        var entry = asAdmin.Response.Data!["auditLog"]!.AsArray().ShouldHaveSingleItem()!;
        entry["actor"]!.GetValue<string>().ShouldBe("key:editor-test");
        entry["operation"]!.GetValue<string>().ShouldBe("upsertNode");
        entry["before"].ShouldBeNull();
        entry["after"]!.GetValue<string>().ShouldContain("mx-audited");
        asEditor.Status.ShouldBe(HttpStatusCode.Forbidden, asEditor.Text);
        asEditor.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        asEditor.Response.Body["data"].ShouldBeNull();
    }

    [Fact]
    public async Task KeepsRefusingAReaderAfterAnAdminRanTheSameCachedDocument()
    {
        const string audit = """{ auditLog(first: 1) { sequence } }""";

        var first = await api.Send(audit, apiKey: api.KeyFor("admin-test"));
        var second = await api.Send(audit, apiKey: api.KeyFor("reader-test"));

        first.Status.ShouldBe(HttpStatusCode.OK, first.Text);
        second.Status.ShouldBe(HttpStatusCode.Forbidden, second.Text);
    }

    [Theory]
    [InlineData("kg_0123456789abcdef_not-the-secret")]
    [InlineData("kg_nothex")]
    [InlineData("not-a-key")]
    public async Task RefusesUnknownOrMalformedKeysWith401InsteadOfFallingBackToAnonymous(string key)
    {
        var response = await api.Send(Query, apiKey: key);

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
    }

    [Fact]
    public async Task RefusesAKeyFromTheRequestAfterItIsRevoked()
    {
        var created = await api.Keys.CreateAsync("short-lived", Application.Security.ApiRole.Reader);
        var before = await api.Send(Query, apiKey: created.Key);

        await api.Keys.RevokeAsync(created.Record.Id);
        var after = await api.Send(Query, apiKey: created.Key);

        before.Status.ShouldBe(HttpStatusCode.OK, before.Text);
        after.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AcceptsAKeyAsABearerCredentialToo()
    {
        var response = await api.Send(Query, authorization: "Bearer " + api.KeyFor("reader-test"));

        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
    }

    [Fact]
    public async Task AcceptsAValidJwtWithItsRoleAndAuditsItsSubject()
    {
        var token = TestTokens.Create(api.JwtSigningKey, subject: "alice", roles: ["editor"]);

        var response = await api.Send(Upsert, NodeInput("mx-jwt-write"), authorization: "Bearer " + token);

        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
        response.Response.Errors.ShouldBeEmpty(response.Text);
        (await api.Store.GetAuditLogAsync(new AuditQuery { ItemId = "mx-jwt-write" })).ShouldHaveSingleItem().Actor.ShouldBe("jwt:alice");
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "expired", "expired" },
        { "wrong audience", "audience" },
        { "wrong issuer", "issuer" },
        { "wrong signing key", "key" },
        { "no subject", "subject" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task RefusesABadJwtWith401(string because, string flaw)
    {
        var key = api.JwtSigningKey;
        var token = flaw switch
        {
            "expired" => TestTokens.Create(key, roles: ["admin"], lifetime: TimeSpan.FromMinutes(-5)),
            "audience" => TestTokens.Create(key, roles: ["admin"], audience: "another-api"),
            "issuer" => TestTokens.Create(key, roles: ["admin"], issuer: "https://evil.example"),
            "key" => TestTokens.Create(Convert.ToBase64String(new byte[48]), roles: ["admin"]),
            _ => TestTokens.Create(key, subject: null, roles: ["admin"]),
        };

        var response = await api.Send(Query, authorization: "Bearer " + token);

        response.Status.ShouldBe(HttpStatusCode.Unauthorized, because);
        response.ErrorCodes.ShouldBe(["UNAUTHENTICATED"], because);
    }

    [Fact]
    public async Task ForbidsEverythingToAValidJwtWithoutAKnownRole()
    {
        var token = TestTokens.Create(api.JwtSigningKey, roles: ["superuser"]);

        var response = await api.Send(Query, authorization: "Bearer " + token);

        response.Status.ShouldBe(HttpStatusCode.Forbidden, response.Text);
        response.ErrorCodes.ShouldBe(["FORBIDDEN"]);
    }

    [Fact]
    public async Task AnswersWith401AlsoWhenTheClientAsksForPlainJson()
    {
        var response = await api.Send(Query, accept: "application/json");

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.Response.ContentType!.ShouldStartWith("application/json");
    }
}
