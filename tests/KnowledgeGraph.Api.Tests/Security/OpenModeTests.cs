using System.Net;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>The default on 127.0.0.1 (the README's run command): anonymous callers read and write, admin still needs a key.</summary>
public sealed class OpenModeTests(OpenApiFixture api) : IClassFixture<OpenApiFixture>
{
    [Fact]
    public async Task LetsAnonymousCallersQueryAndMutateOnLoopbackAndAuditsThemAsAnonymous()
    {
        var query = await api.Send("""{ node(id: "mx-sedena") { id } }""");
        var mutation = await api.Send(
            """mutation { upsertNode(input: { id: "mx-open-write", kind: INSTITUTION, name: "Abierta", confidence: LOW, sources: ["src-test"], properties: { country: "mx" } }) { created } }""");

        query.Status.ShouldBe(HttpStatusCode.OK, query.Text);
        mutation.Status.ShouldBe(HttpStatusCode.OK, mutation.Text);
        mutation.Response.Errors.ShouldBeEmpty(mutation.Text);
        (await api.Store.GetAuditLogAsync(new AuditQuery { ItemId = "mx-open-write" })).ShouldHaveSingleItem().Actor.ShouldBe("anonymous");
    }

    [Fact]
    public async Task StillAsksAnonymousCallersForAnAdminCredentialForTheAuditLog()
    {
        const string audit = "{ auditLog { actor } }";

        var anonymous = await api.Send(audit);
        var admin = await api.Send(audit, apiKey: api.KeyFor("admin-test"));

        anonymous.Status.ShouldBe(HttpStatusCode.Unauthorized, anonymous.Text);
        anonymous.ErrorCodes.ShouldBe(["UNAUTHENTICATED"]);
        admin.Status.ShouldBe(HttpStatusCode.OK, admin.Text);
    }

    [Fact]
    public async Task StillRefusesAWrongKeyOnAnOpenServer()
    {
        var response = await api.Send("""{ node(id: "mx-sedena") { id } }""", apiKey: "kg_0000000000000000_wrong");

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
