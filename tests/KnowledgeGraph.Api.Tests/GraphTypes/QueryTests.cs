using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphTypes;

/// <summary>Query in, JSON out, against the real graph-seeds.</summary>
public sealed class QueryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly GraphQLClient _client = api.Client;

    [Fact]
    public Task ReturnsAnInstitutionWithItsKindProperties() => _client.AssertQueryAsync(
        """
        { node(id: "us-fbi") { __typename id name ... on Institution { acronym country level type } } }
        """,
        """
        { "node": { "__typename": "Institution", "id": "us-fbi", "name": "Federal Bureau of Investigation",
                    "acronym": "FBI", "country": "us", "level": "federal", "type": "law-enforcement" } }
        """);

    [Fact]
    public Task ReadsARelationshipFromBothEndsAndAsOfADate() => _client.AssertQueryAsync(
        """
        {
          node(id: "ag-bicentennial") {
            ... on Agreement {
              form status signed
              supersedes { validFrom agreement { id } }
              supersededBy { validFrom agreement { id } }
              before2025: supersededBy(asOf: "2024-01-01") { agreement { id } }
            }
          }
        }
        """,
        """
        {
          "node": {
            "form": "framework", "status": "superseded", "signed": "2021-10-08",
            "supersedes": [ { "validFrom": "2021-10-08", "agreement": { "id": "ag-merida" } } ],
            "supersededBy": [ { "validFrom": "2025-09-03", "agreement": { "id": "ag-security-program-2025" } } ],
            "before2025": []
          }
        }
        """);

    [Fact]
    public async Task ReadsMembershipRolesFromBothEnds()
    {
        var response = await _client.PostAsync(
            """
            {
              fbi: node(id: "us-fbi") { ... on Institution { memberOf { role mechanism { id } } } }
              jttf: node(id: "us-jttf") { ... on Mechanism { members { role institution { id } } } }
            }
            """);

        response.Errors.ShouldBeEmpty(response.Text);
        response.Data!["fbi"]!["memberOf"]!.AsArray()
            .ShouldContain(l => l!["role"]!.GetValue<string>() == "lead" && l["mechanism"]!["id"]!.GetValue<string>() == "us-jttf");
        response.Data["jttf"]!["members"]!.AsArray()
            .ShouldContain(l => l!["role"]!.GetValue<string>() == "lead" && l["institution"]!["id"]!.GetValue<string>() == "us-fbi");
    }

    [Fact]
    public async Task ResolvesProvenanceSourcesAsNodes()
    {
        var response = await _client.PostAsync("""{ node(id: "us-jttf") { provenance { sourceIds sources { id name } } } }""");

        response.Errors.ShouldBeEmpty(response.Text);
        var provenance = response.Data!["node"]!["provenance"]!;
        var ids = provenance["sourceIds"]!.AsArray().Select(i => i!.GetValue<string>()).ToList();
        ids.ShouldBe(["src-fbi-national-jttf", "src-fbi-jttf-45"]);
        provenance["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ShouldBe(ids, ignoreOrder: true);
    }

    [Fact]
    public async Task FindsNodesByAccentlessSpanishAlias()
    {
        var response = await _client.PostAsync("""{ search(text: "buro federal de investigaciones", kinds: [INSTITUTION], first: 3) { id } }""");

        response.Errors.ShouldBeEmpty(response.Text);
        response.Data!["search"]![0]!["id"]!.GetValue<string>().ShouldBe("us-fbi");
    }

    [Fact]
    public async Task ReturnsNodesByIdInTheOrderAskedWithNullForUnknownIds()
    {
        await _client.AssertQueryAsync(
            """{ nodes(ids: ["us-jttf", "no-such-node", "us-fbi"]) { id kind } }""",
            """{ "nodes": [ { "id": "us-jttf", "kind": "MECHANISM" }, null, { "id": "us-fbi", "kind": "INSTITUTION" } ] }""");
    }

    [Fact]
    public async Task ReturnsANeighbourhoodAsNodesAndEdges()
    {
        var response = await _client.PostAsync("""{ neighbourhood(id: "us-jttf", depth: 1, types: [MEMBER_OF]) { nodes { id } edges { type source target } } }""");

        response.Errors.ShouldBeEmpty(response.Text);
        var hood = response.Data!["neighbourhood"]!;
        var nodes = hood["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        nodes.ShouldContain("us-jttf");
        nodes.ShouldContain("us-fbi");
        var edges = hood["edges"]!.AsArray();
        edges.ShouldNotBeEmpty();
        edges.ShouldAllBe(e => e!["type"]!.GetValue<string>() == "MEMBER_OF" && e["target"]!.GetValue<string>() == "us-jttf");
    }

    [Fact]
    public async Task FiltersByPropertyOperatorsAndRelationships()
    {
        var response = await _client.PostAsync(
            """
            {
              institutions(first: 100, where: {
                country: { eq: "us" }
                memberOf: { some: { id: { eq: "us-jttf" } } }
                NOT: { name: { startsWith: "Drug" } }
              }, order: [{ name: ASC }]) { totalCount nodes { id name country } }
            }
            """);

        response.Errors.ShouldBeEmpty(response.Text);
        var nodes = response.Data!["institutions"]!["nodes"]!.AsArray();
        nodes.ShouldNotBeEmpty();
        nodes.ShouldContain(n => n!["id"]!.GetValue<string>() == "us-fbi");
        nodes.ShouldNotContain(n => n!["id"]!.GetValue<string>() == "us-dea");
        nodes.ShouldAllBe(n => n!["country"]!.GetValue<string>() == "us");
        var names = nodes.Select(n => n!["name"]!.GetValue<string>()).ToList();
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
        response.Data["institutions"]!["totalCount"]!.GetValue<int>().ShouldBe(nodes.Count);
    }

    [Fact]
    public async Task FiltersOnRelationshipAbsenceAndOrLists()
    {
        var response = await _client.PostAsync(
            """
            {
              withoutMembership: mechanisms(first: 200, where: { members: { none: {} } }) { nodes { id } }
              either: institutions(first: 200, where: { OR: [{ id: { eq: "us-fbi" } }, { id: { in: ["us-dea", "mx-sedena"] } }] }) { nodes { id } }
            }
            """);

        response.Errors.ShouldBeEmpty(response.Text);
        response.Data!["withoutMembership"]!["nodes"]!.AsArray().ShouldNotContain(n => n!["id"]!.GetValue<string>() == "us-jttf");
        response.Data["either"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())
            .ShouldBe(["mx-sedena", "us-dea", "us-fbi"], ignoreOrder: true);
    }
}
