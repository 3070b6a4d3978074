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

    [Fact]
    public async Task RefusesToDeleteASourceThatIsStillCitedAndChangesNothing()
    {
        var source = new { id = "src-test-cited", kind = "SOURCE", name = "Fuente de prueba", confidence = "HIGH", sources = Array.Empty<string>() };
        var citing = new { id = "mx-test-citing", kind = "INSTITUTION", name = "Unidad que cita", confidence = "LOW", sources = new[] { "src-test-cited" }, properties = new { country = "mx" } };
        (await _client.PostAsync(Upsert, new { input = source })).Errors.ShouldBeEmpty();
        (await _client.PostAsync(Upsert, new { input = citing })).Errors.ShouldBeEmpty();
        var sourcedBy = new { type = "SOURCED_BY", from = "mx-test-citing", to = "src-test-cited", confidence = "HIGH", sources = new[] { "src-test-cited" } };
        var link = await _client.PostAsync(AddRelationship, new { input = sourcedBy });
        link.Errors.ShouldBeEmpty(link.Text);
        var linkId = link.Data!["addRelationship"]!["relationship"]!["id"]!.GetValue<string>();

        var refused = await _client.PostAsync("""mutation { deleteNode(id: "src-test-cited") { id } }""");

        refused.ErrorCodes.ShouldBe(["STILL_REFERENCED"], refused.Text);
        refused.Errors[0]!["path"]!.ToJsonString().ShouldBe("""["deleteNode"]""");
        refused.Errors[0]!["extensions"]!["inputPath"]!.ToJsonString().ShouldBe("""["id"]""");
        refused.Errors[0]!["message"]!.GetValue<string>().ShouldContain("node mx-test-citing (sources)");
        refused.Data!["deleteNode"].ShouldBeNull();
        (await api.Store.GetNodeAsync("src-test-cited")).ShouldNotBeNull();
        (await api.Store.GetRelationshipAsync(linkId)).ShouldNotBeNull();

        // Once nothing cites it, it goes, and its own relationships (here SOURCED_BY, which cites it too) go with it.
        (await _client.PostAsync(Upsert, new { input = citing with { sources = new[] { "src-general-knowledge" } } })).Errors.ShouldBeEmpty();
        var deleted = await _client.PostAsync("""mutation { deleteNode(id: "src-test-cited") { nodesDeleted relationshipsDeleted } }""");
        GraphQLClient.AssertJsonEqual(deleted.Data, """{ "deleteNode": { "nodesDeleted": 1, "relationshipsDeleted": 1 } }""");
    }

    [Fact]
    public async Task NeverLeavesANodeCitingADeletedSource_WhenADeleteAndACitationRace()
    {
        // Each round deletes a Source while another curator cites it; whichever goes first, the other must see it
        // (STILL_REFERENCED, or the citation refused as an unknown source), never both succeed.
        var outcomes = new List<string>();
        for (var round = 0; round < 16; round++)
        {
            var sourceId = $"src-race-{round}";
            var citingId = $"mx-race-{round}";
            var source = new { id = sourceId, kind = "SOURCE", name = "Fuente en carrera", confidence = "HIGH", sources = Array.Empty<string>() };
            var citing = new { id = citingId, kind = "INSTITUTION", name = "Unidad en carrera", confidence = "LOW", sources = new[] { sourceId }, properties = new { country = "mx" } };
            (await _client.PostAsync(Upsert, new { input = source })).Errors.ShouldBeEmpty();

            var delete = Task.Run(() => _client.PostAsync($$"""mutation { deleteNode(id: "{{sourceId}}") { nodesDeleted } }"""));
            var cite = Task.Run(() => _client.PostAsync(Upsert, new { input = citing }));
            await Task.WhenAll(delete, cite);

            var sourceLeft = await api.Store.GetNodeAsync(sourceId);
            var citingNode = await api.Store.GetNodeAsync(citingId);
            var deleted = (await delete).Errors.Count == 0;
            var cited = (await cite).Errors.Count == 0;
            outcomes.Add($"round {round}: delete {(deleted ? "ok" : string.Join(",", (await delete).ErrorCodes))}, cite {(cited ? "ok" : string.Join(",", (await cite).ErrorCodes))}");
            (deleted && cited).ShouldBeFalse(string.Join("\n", outcomes));
            if (citingNode is not null)
            {
                sourceLeft.ShouldNotBeNull($"{citingId} cites {sourceId}, which is gone\n{string.Join("\n", outcomes)}");
            }

            await _client.PostAsync($$"""mutation { deleteNode(id: "{{citingId}}") { nodesDeleted } }""");
            await _client.PostAsync($$"""mutation { deleteNode(id: "{{sourceId}}") { nodesDeleted } }""");
        }
    }

    [Fact]
    public async Task RefusesToDeleteACompetencyThatADependencyIsFor()
    {
        var competency = new { id = "test-competency-named", kind = "COMPETENCY", name = "Competencia de prueba", confidence = "LOW", sources = new[] { "src-general-knowledge" } };
        (await _client.PostAsync(Upsert, new { input = competency })).Errors.ShouldBeEmpty();
        var dependency = new { type = "DEPENDS_ON", from = "us-fbi", to = "mx-sedena", confidence = "LOW", sources = new[] { "src-general-knowledge" }, properties = new { @for = "test-competency-named" } };
        var added = await _client.PostAsync(AddRelationship, new { input = dependency });
        added.Errors.ShouldBeEmpty(added.Text);
        var relationshipId = added.Data!["addRelationship"]!["relationship"]!["id"]!.GetValue<string>();

        var refused = await _client.PostAsync("""mutation { deleteNode(id: "test-competency-named") { id } }""");

        refused.ErrorCodes.ShouldBe(["STILL_REFERENCED"], refused.Text);
        refused.Errors[0]!["message"]!.GetValue<string>().ShouldContain($"relationship {relationshipId} (for)");
        (await api.Store.GetNodeAsync("test-competency-named")).ShouldNotBeNull();

        (await _client.PostAsync("mutation R($id: ID!) { removeRelationship(id: $id) { relationshipsDeleted } }", new { id = relationshipId })).Errors.ShouldBeEmpty();
        var deleted = await _client.PostAsync("""mutation { deleteNode(id: "test-competency-named") { nodesDeleted } }""");
        GraphQLClient.AssertJsonEqual(deleted.Data, """{ "deleteNode": { "nodesDeleted": 1 } }""");
    }
}
