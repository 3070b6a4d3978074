using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Live;

/// <summary>
/// The store contract against a real Neo4j 5.26+ (e.g. <c>docker compose up neo4j</c>), when <c>NEO4J_URI</c> is set;
/// otherwise every test is reported skipped with the reason. Each test starts from an emptied database: run it only
/// against a scratch database (NEO4J_DATABASE, default neo4j), never a real one.
/// </summary>
[Neo4jLiveClass]
public sealed class Neo4jLiveGraphStoreTests : GraphStoreContractTests
{
    private ServiceProvider? _services;

    [Neo4jLiveFact]
    public async Task InitializeAsync_CreatesTheIdUniquenessConstraints()
    {
        var client = ((Neo4jGraphStore)Store).Client;

        var result = await client.RunAsync(
            new KnowledgeGraph.Storage.Neo4j.Cypher.CypherStatement("SHOW CONSTRAINTS YIELD name RETURN name"),
            KnowledgeGraph.Storage.Neo4j.Http.AccessMode.Read,
            CancellationToken.None);

        var names = result.Rows.Select(r => (string)r[0]!).ToHashSet();
        names.ShouldContain("kg_node_id");
        names.ShouldContain("kg_institution_id");
        names.ShouldContain("kg_member_of_id");
    }

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddNeo4jGraphStore(o =>
        {
            o.Uri = Neo4jLive.ConfiguredUri;
            o.User = Neo4jLive.User;
            o.Password = Neo4jLive.Password;
            o.Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } db ? db : "neo4j";
            o.BatchSize = 7;
        });
        _services = services.BuildServiceProvider();
        var store = _services.GetRequiredService<Neo4jGraphStore>();
        await store.InitializeAsync();
        await store.Client.RunAsync(
            new KnowledgeGraph.Storage.Neo4j.Cypher.CypherStatement("MATCH (n) WHERE n:KgNode OR n:KgAudit OR n:KgCounter DETACH DELETE n"),
            KnowledgeGraph.Storage.Neo4j.Http.AccessMode.Write,
            CancellationToken.None);
        return store;
    }

    protected override async Task DisposeStoreAsync(IGraphStore store)
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
