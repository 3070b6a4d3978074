using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphTypes;

public sealed class MutationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Upsert = """
        mutation U($input: NodeInput!) { upsertNode(input: $input) { created changed node { id name ... on Institution { acronym country } } } }
        """;

    private const string AddRelationship = """
        mutation A($input: RelationshipInput!) { addRelationship(input: $input) { created relationship { id type source target properties { name value } } } }
        """;

    private readonly GraphQLClient _client = api.Client;

    [Fact]
    public async Task CreatesUpdatesAndDeletesANodeWithAudit()
    {
        var input = new { id = "mx-test-unit", kind = "INSTITUTION", name = "Unidad de Prueba", confidence = "LOW", sources = new[] { "src-general-knowledge" }, properties = new { acronym = "UP", country = "mx" } };

        var created = await _client.PostAsync(Upsert, new { input });
        created.Errors.ShouldBeEmpty(created.Text);
        GraphQLClient.AssertJsonEqual(created.Data, """
            { "upsertNode": { "created": true, "changed": true, "node": { "id": "mx-test-unit", "name": "Unidad de Prueba", "acronym": "UP", "country": "mx" } } }
            """);

        var again = await _client.PostAsync(Upsert, new { input });
        GraphQLClient.AssertJsonEqual(again.Data!["upsertNode"]!["changed"], "false");

        var deleted = await _client.PostAsync("""mutation { deleteNode(id: "mx-test-unit") { id nodesDeleted } }""");
        GraphQLClient.AssertJsonEqual(deleted.Data, """{ "deleteNode": { "id": "mx-test-unit", "nodesDeleted": 1 } }""");

        var audit = await api.Store.GetAuditLogAsync(new Core.Storage.AuditQuery { ItemId = "mx-test-unit" });
        audit.Select(a => a.Operation).ShouldContain("upsertNode");
        audit.Select(a => a.Operation).ShouldContain("deleteNode");
    }

    [Fact]
    public async Task RejectsAnInvalidNodeWithEveryProblemAtItsInputPath()
    {
        var input = new { id = "Bad Id", kind = "INSTITUTION", name = "X", confidence = "HIGH", sources = new[] { "no-such-source" }, properties = new { country = "ca", pillar = "trust" } };

        var response = await _client.PostAsync(Upsert, new { input });

        response.Data!["upsertNode"].ShouldBeNull();
        var problems = response.Errors.Select(e => (e!["extensions"]!["code"]!.GetValue<string>(), e["extensions"]!["inputPath"]!.ToJsonString())).ToList();
        problems.ShouldContain(("BAD_ID", """["input","id"]"""));
        problems.ShouldContain(("BAD_VALUE", """["input","properties","country"]"""));
        problems.ShouldContain(("UNKNOWN_PROPERTY", """["input","properties","pillar"]"""));
        problems.ShouldContain(("UNKNOWN_REFERENCE", """["input","sources"]"""));
        (await api.Store.GetNodeAsync("Bad Id")).ShouldBeNull();
    }

    [Fact]
    public async Task AddsAndRemovesARelationshipValidatedLikeTheSeeds()
    {
        var input = new { type = "HAS_COMPETENCY", from = "us-fbi", to = "vetting", confidence = "MEDIUM", sources = new[] { "src-general-knowledge" }, properties = new { level = 4 } };
        var competency = await _client.PostAsync("""{ node(id: "vetting") { id } }""");
        competency.Data!["node"].ShouldNotBeNull("the seeds should hold a 'vetting' competency");

        var added = await _client.PostAsync(AddRelationship, new { input });
        added.Errors.ShouldBeEmpty(added.Text);
        GraphQLClient.AssertJsonEqual(added.Data!["addRelationship"]!["relationship"], """
            { "id": "us-fbi--HAS_COMPETENCY->vetting", "type": "HAS_COMPETENCY", "source": "us-fbi", "target": "vetting", "properties": [ { "name": "level", "value": "4" } ] }
            """);

        var removed = await _client.PostAsync("""mutation { removeRelationship(type: HAS_COMPETENCY, from: "us-fbi", to: "vetting") { id relationshipsDeleted } }""");
        GraphQLClient.AssertJsonEqual(removed.Data, """{ "removeRelationship": { "id": "us-fbi--HAS_COMPETENCY->vetting", "relationshipsDeleted": 1 } }""");
    }

    [Fact]
    public async Task RejectsARelationshipWithAWrongEndpointKindAndOutOfRangeLevel()
    {
        var input = new { type = "HAS_COMPETENCY", from = "us-fbi", to = "us-dea", confidence = "MEDIUM", sources = new[] { "src-general-knowledge" }, properties = new { level = 9 } };

        var response = await _client.PostAsync(AddRelationship, new { input });

        var problems = response.Errors.Select(e => (e!["extensions"]!["code"]!.GetValue<string>(), e["extensions"]!["inputPath"]!.ToJsonString())).ToList();
        problems.ShouldContain(("ENDPOINT_KIND_NOT_ALLOWED", """["input","to"]"""));
        problems.ShouldContain(("BAD_VALUE", """["input","properties","level"]"""));
        (await api.Store.GetRelationshipAsync("us-fbi--HAS_COMPETENCY->us-dea")).ShouldBeNull();
    }

    [Fact]
    public async Task RejectsARequiresEdgeThatWouldCloseACycle()
    {
        var input = new { type = "REQUIRES", from = "shared-strategic-vision", to = "security-treaty", confidence = "LOW", sources = new[] { "src-general-knowledge" } };

        var response = await _client.PostAsync(AddRelationship, new { input });

        response.ErrorCodes.ShouldBe(["REQUIRES_CYCLE"]);
        response.Errors[0]!["extensions"]!["inputPath"]!.ToJsonString().ShouldBe("""["input","to"]""");
        (await api.Store.GetRelationshipAsync("shared-strategic-vision--REQUIRES->security-treaty")).ShouldBeNull();
    }

    [Fact]
    public async Task ReportsNotFoundForAMissingNode()
    {
        var response = await _client.PostAsync("""mutation { deleteNode(id: "no-such-node") { id } }""");

        response.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        response.Errors[0]!["extensions"]!["inputPath"]!.ToJsonString().ShouldBe("""["id"]""");
    }
}
