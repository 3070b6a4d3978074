using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public class Neo4jServiceCollectionExtensionsTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Storage:Neo4j:Uri"] = "http://neo4j:7474",
        ["Storage:Neo4j:User"] = "neo4j",
        ["Storage:Neo4j:Password"] = "from-config",
        ["Storage:Neo4j:Database"] = "graph",
        ["Storage:Neo4j:BatchSize"] = "250",
        ["Storage:Neo4j:Timeout"] = "00:00:05",
    };

    [Fact]
    public void BindsOptionsFromTheStorageNeo4jSectionOfTheHostConfiguration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());

        using var provider = services.AddNeo4jGraphStore().BuildServiceProvider();

        AssertBound(provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value);
        provider.GetRequiredService<IGraphStore>().ShouldBeOfType<Neo4jGraphStore>();
    }

    [Fact]
    public void BindsOptionsFromGivenConfigurationWithoutARegisteredOne()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();

        using var provider = new ServiceCollection().AddNeo4jGraphStore(configuration, o => o.Database = "override").BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;
        options.Password.ShouldBe("from-config");
        options.Database.ShouldBe("override");
    }

    [Theory]
    [InlineData("bolt://localhost:7687", "neo4j")]
    [InlineData("http://localhost:7474", "bad/name")]
    [InlineData(null, "neo4j")]
    public void RefusesOptionsThatCannotWork(string? uri, string database)
    {
        using var provider = new ServiceCollection()
            .AddNeo4jGraphStore(new ConfigurationBuilder().Build(), o =>
            {
                o.Uri = uri is null ? null : new Uri(uri);
                o.Database = database;
            })
            .BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value);
    }

    private static void AssertBound(Neo4jStoreOptions options)
    {
        options.Uri.ShouldBe(new Uri("http://neo4j:7474"));
        options.Password.ShouldBe("from-config");
        options.Database.ShouldBe("graph");
        options.BatchSize.ShouldBe(250);
        options.Timeout.ShouldBe(TimeSpan.FromSeconds(5));
    }
}
