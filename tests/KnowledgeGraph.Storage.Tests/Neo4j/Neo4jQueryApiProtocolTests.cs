using System.Net;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Tests.Neo4j.Fake;
using Xunit.Abstractions;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>How the Neo4j store speaks the Query API: parameters, batching, transactions, retries, errors, auth, bookmarks.</summary>
public class Neo4jQueryApiProtocolTests(ITestOutputHelper output)
{
    private const string HostileId = "o'brien-x";
    private const string HostileName = "\"}) DETACH DELETE n //";

    [Fact]
    public async Task SendsEveryValueAsParameterGivenHostileIdAndName()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        var node = SampleGraph.Node(HostileId, NodeKind.Institution, HostileName, new() { ["acronym"] = "O'B" }, ["x' OR 1=1 //"]);
        var friend = SampleGraph.Node("friend", NodeKind.Institution, "Friend");
        var rel = SampleGraph.Rel(RelationshipType.CoordinatesWith, HostileId, "friend", new() { ["channel"] = "'; MATCH (m) DETACH DELETE m" });
        await h.Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [node, friend], UpsertRelationships = [rel], Audit = new AuditContext("o'hara", "test") });

        (await h.Store.GetNodeAsync(HostileId)).ShouldBe(node);
        (await h.Store.GetRelationshipAsync(rel.Id)).ShouldBe(rel);
        var page = await h.Store.QueryNodesAsync(new NodeQuery { Filter = new PropertyFilter("name", FilterOperator.Eq, HostileName), Sort = [new SortField("name")] });
        page.Items.Single().Node.Id.ShouldBe(HostileId);
        var after = await h.Store.QueryNodesAsync(new NodeQuery { Filter = new PropertyFilter("acronym", FilterOperator.StartsWith, "o'"), After = page.Items[0].Cursor, Sort = [new SortField("name")] });
        after.Items.ShouldBeEmpty();
        (await h.Store.SearchAsync(new SearchQuery("O'B"))).Single().Id.ShouldBe(HostileId);
        await h.Store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = [HostileId] });
        (await h.Store.GetNodeAsync("friend")).ShouldNotBeNull();

        var statements = h.Server.Statements;
        statements.Count.ShouldBeGreaterThan(10);
        foreach (var s in statements)
        {
            var text = s.Statement!;
            text.ShouldNotContain("brien");
            text.ShouldNotContain("DETACH DELETE n //");
            text.ShouldNotContain("1=1");
            text.ShouldNotContain("o'hara");
            text.ShouldNotContain("'");
        }

        statements.ShouldContain(s => s.Parameters.Values.Any(v => ContainsValue(v, HostileName)));
        statements.ShouldContain(s => s.Parameters.Values.Any(v => ContainsValue(v, HostileId)));
    }

    [Fact]
    public async Task LoadsSeedInBatchedParameterisedUnwindStatementsInOneTransaction()
    {
        await using var h = await FakeStoreHarness.StartAsync(o => o.BatchSize = 3);
        h.Server.ClearRequests();

        await using (var import = await h.Store.BeginImportAsync())
        {
            await import.AddNodesAsync(SampleGraph.Nodes);
            await import.AddRelationshipsAsync(SampleGraph.Relationships);
            var result = await import.CommitAsync();
            result.NodesCreated.ShouldBe(SampleGraph.Nodes.Count);
            result.RelationshipsCreated.ShouldBe(SampleGraph.Relationships.Count);
        }

        var requests = h.Server.Requests;
        LogStatements("Seed load of a small graph (8 nodes, 8 relationships, BatchSize 3)", requests);
        requests.Count(r => r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)).ShouldBe(1);
        requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).ShouldBe(1);
        requests.ShouldAllBe(r => r.Path.Contains("/query/v2/tx", StringComparison.Ordinal));
        var upserts = requests.Where(r => r.Statement?.StartsWith("UNWIND $rows AS row M", StringComparison.Ordinal) == true).ToList();
        upserts.ShouldNotBeEmpty();
        upserts.ShouldAllBe(r => ((System.Collections.IList)r.Parameters["rows"]!).Count <= 3);
        upserts.Sum(r => ((System.Collections.IList)r.Parameters["rows"]!).Count).ShouldBe(SampleGraph.Nodes.Count + SampleGraph.Relationships.Count);
        upserts.ShouldAllBe(r => !r.Statement!.Contains("mx-sedena") && !r.Statement.Contains("Secretar"));
        (await h.Store.GetStatsAsync()).NodeCount.ShouldBe(SampleGraph.Nodes.Count);
    }

    [Fact]
    public async Task RetriesTransientErrorsOfImplicitReads()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        h.Server.AddFault(FakeFault.Transient(r => r.Statement == CypherStatements.NodesByIds));
        h.Server.AddFault(FakeFault.ServiceUnavailable(r => r.Statement == CypherStatements.NodesByIds));

        (await h.Store.GetNodeAsync("nobody")).ShouldBeNull();

        h.Server.Requests.Count(r => r.Statement == CypherStatements.NodesByIds).ShouldBe(3);
    }

    [Fact]
    public async Task DoesNotRetryClientErrors()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        h.Server.AddFault(FakeFault.Client("Neo.ClientError.Statement.SyntaxError", r => r.Statement == CypherStatements.NodesByIds));

        var error = await Should.ThrowAsync<Neo4jQueryException>(() => h.Store.GetNodeAsync("nobody"));

        error.Neo4jCode.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        h.Server.Requests.Count(r => r.Statement == CypherStatements.NodesByIds).ShouldBe(1);
    }

    [Fact]
    public async Task GivesUpAfterConfiguredRetriesOfTransientErrors()
    {
        await using var h = await FakeStoreHarness.StartAsync(o => o.MaxRetryAttempts = 2);
        for (var i = 0; i < 5; i++)
        {
            h.Server.AddFault(FakeFault.ServiceUnavailable(r => r.Statement == CypherStatements.Ping));
        }

        (await h.Store.PingAsync()).ShouldBeFalse();
        h.Server.Requests.Count(r => r.Statement == CypherStatements.Ping).ShouldBe(3);
    }

    [Fact]
    public async Task ReRunsWholeWriteTransactionButNeverRetriesAStatementInsideIt()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        var upsert = CypherStatements.UpsertNodes(NodeKind.Country);
        h.Server.AddFault(FakeFault.Transient(r => r.Statement == upsert));

        var result = await h.Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [SampleGraph.Nodes[1]] });

        result.NodesCreated.ShouldBe(1);
        h.Server.Requests.Count(r => r.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal)).ShouldBe(2);
        h.Server.Requests.Count(r => r.Statement == upsert).ShouldBe(2);
        (await h.Store.GetNodeAsync("mx")).ShouldBe(SampleGraph.Nodes[1]);
        h.Server.OpenTransactions.ShouldBe(0);
    }

    [Fact]
    public async Task ReportsClearErrorAndDoesNotRetryGivenWrongPassword()
    {
        await using var h = await FakeStoreHarness.StartAsync(o => o.Password = "wrong-password", initialize: false);

        var error = await Should.ThrowAsync<Neo4jQueryException>(() => h.Store.InitializeAsync());

        error.Message.ShouldContain("refused the credentials");
        error.Message.ShouldContain("Storage:Neo4j:Password");
        error.Neo4jCode.ShouldBe("Neo.ClientError.Security.Unauthorized");
        error.Status.ShouldBe(HttpStatusCode.Unauthorized);
        h.Server.Requests.Count(r => r.Method == "POST").ShouldBe(1);
        error.Message.ShouldNotContain("wrong-password");
    }

    [Fact]
    public async Task ReportsClearErrorGivenExpiredTransaction()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        await using var import = await h.Store.BeginImportAsync();
        await import.AddNodesAsync([SampleGraph.Nodes[1]]);
        h.Server.ExpireTransactions();

        var error = await Should.ThrowAsync<Neo4jQueryException>(() => import.AddNodesAsync([SampleGraph.Nodes[2]]));

        error.Code.ShouldBe(GraphStoreCodes.Unavailable);
        error.Message.ShouldContain("has expired");
        error.Neo4jCode.ShouldBe("Neo.ClientError.Request.Invalid");
        (await h.Store.GetStatsAsync()).NodeCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("5.23.0", false)]
    [InlineData("5.25.1", false)]
    [InlineData("4.4.30", false)]
    [InlineData("5.26.0", true)]
    [InlineData("5.26.12", true)]
    [InlineData("2025.06.0", true)]
    public async Task AcceptsOnlyServersFrom526GivenDiscoveredVersion(string version, bool accepted)
    {
        await using var h = await FakeStoreHarness.StartAsync(server: new FakeQueryApiServer(version), initialize: false);

        var error = await Record.ExceptionAsync(() => h.Store.InitializeAsync());

        if (accepted)
        {
            error.ShouldBeNull();
            h.Server.Requests.Count(r => r.Statement?.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal) == true).ShouldBe(CypherStatements.Constraints.Count);
        }
        else
        {
            error.ShouldBeOfType<GraphStoreException>().Message.ShouldContain($"Neo4j {version}");
            error.Message.ShouldContain("5.26");
            h.Server.Requests.ShouldAllBe(r => r.Method == "GET");
        }
    }

    [Fact]
    public async Task EchoesClusterAffinityAndCommitsOnce()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        h.Server.ClearRequests();

        await h.Store.ApplyAsync(new GraphChangeSet { UpsertNodes = SampleGraph.Nodes, UpsertRelationships = SampleGraph.Relationships });

        var inTransaction = h.Server.Requests.Where(r => r.Path.Contains("/query/v2/tx/", StringComparison.Ordinal)).ToList();
        inTransaction.ShouldNotBeEmpty();
        inTransaction.ShouldAllBe(r => r.ClusterAffinity != null && r.ClusterAffinity.StartsWith("fake-member-"));
        inTransaction.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task ReadsWithReadAccessModeAndTheBookmarkOfItsOwnLastWrite()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        await h.Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [SampleGraph.Nodes[1]] });
        var bookmark = h.Server.LatestBookmark;
        h.Server.ClearRequests();

        (await h.Store.GetNodeAsync("mx")).ShouldNotBeNull();

        var read = h.Server.Statements.Single();
        read.AccessMode.ShouldBe("Read");
        read.Bookmarks.ShouldBe([bookmark]);
        read.ContentType!.ShouldStartWith("application/vnd.neo4j.query");
    }

    [Fact]
    public async Task SendsBearerTokenGivenToken()
    {
        await using var h = await FakeStoreHarness.StartAsync(server: new FakeQueryApiServer(token: "sso-token-123"));

        (await h.Store.PingAsync()).ShouldBeTrue();

        h.Server.Requests[^1].Authorization.ShouldBe("Bearer sso-token-123");
    }

    [Fact]
    public async Task RollsBackWithDeleteGivenImportDisposedWithoutCommit()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        await using (var import = await h.Store.BeginImportAsync())
        {
            await import.AddNodesAsync(SampleGraph.Nodes);
        }

        h.Server.Requests.ShouldContain(r => r.Method == "DELETE" && r.Path.Contains("/query/v2/tx/", StringComparison.Ordinal));
        h.Server.OpenTransactions.ShouldBe(0);
        (await h.Store.GetStatsAsync()).NodeCount.ShouldBe(0);
    }

    [Fact]
    public async Task TreatsTransactionAsClosedAfterServerErrorAndLeavesStoreUnchanged()
    {
        await using var h = await FakeStoreHarness.StartAsync();
        h.Server.AddFault(FakeFault.Client("Neo.ClientError.Statement.TypeError", r => r.Statement == CypherStatements.UpsertNodes(NodeKind.Institution)));

        var error = await Should.ThrowAsync<Neo4jQueryException>(() => h.Store.ApplyAsync(new GraphChangeSet { UpsertNodes = SampleGraph.Nodes }));

        error.Neo4jCode.ShouldBe("Neo.ClientError.Statement.TypeError");
        (await h.Store.GetStatsAsync()).NodeCount.ShouldBe(0);
        (await h.Store.GetRevisionAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task FailsWholeChangeSetGivenRelationshipToUnknownNode()
    {
        await using var h = await FakeStoreHarness.StartAsync();

        var error = await Should.ThrowAsync<GraphStoreException>(() => h.Store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [SampleGraph.Nodes[1]],
            UpsertRelationships = [SampleGraph.Rel(RelationshipType.BasedIn, "mx-sedena", "mx")],
        }));

        error.Code.ShouldBe(GraphStoreCodes.UnknownReference);
        error.ItemId.ShouldBe(Relationship.DefaultId("mx-sedena", RelationshipType.BasedIn, "mx"));
        (await h.Store.GetNodeAsync("mx")).ShouldBeNull();
        h.Server.OpenTransactions.ShouldBe(0);
    }

    private static bool ContainsValue(object? value, string text) => value switch
    {
        string s => s == text,
        System.Collections.IDictionary map => map.Values.Cast<object?>().Any(v => ContainsValue(v, text)),
        System.Collections.IEnumerable list => list.Cast<object?>().Any(v => ContainsValue(v, text)),
        _ => false,
    };

    private void LogStatements(string title, IReadOnlyList<RecordedRequest> requests)
    {
        var lines = new List<string> { $"# {title}" };
        foreach (var r in requests)
        {
            var rows = r.Parameters.TryGetValue("rows", out var v) && v is System.Collections.IList list ? $"  [rows: {list.Count}]" : string.Empty;
            var parameters = r.Parameters.Count == 0 ? string.Empty : $"  params: {string.Join(", ", r.Parameters.Keys.Order(StringComparer.Ordinal))}";
            lines.Add($"{r.Method} {r.Path}{(r.Statement is null ? string.Empty : "\n    " + r.Statement)}{parameters}{rows}");
        }

        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        var directory = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(directory);
        File.WriteAllLines(Path.Combine(directory, "neo4j-seed-load-statements.txt"), lines);
    }
}
