using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Tests.Neo4j.Fake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>A fake Query API server and a store wired to it the way a host wires it (DI, options, pooled HttpClient, resilience).</summary>
internal sealed class FakeStoreHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FakeStoreHarness(FakeQueryApiServer server, ServiceProvider services)
    {
        Server = server;
        _services = services;
        Store = services.GetRequiredService<IGraphStore>();
    }

    public FakeQueryApiServer Server { get; }

    public IGraphStore Store { get; }

    public static async Task<FakeStoreHarness> StartAsync(
        Action<Neo4jStoreOptions>? configure = null, FakeQueryApiServer? server = null, bool initialize = true)
    {
        server ??= new FakeQueryApiServer();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddNeo4jGraphStore(o =>
        {
            o.Uri = server.Uri;
            o.User = server.User;
            o.Password = server.Password;
            o.Token = server.Token;
            o.Timeout = TimeSpan.FromSeconds(10);
            o.RetryDelay = TimeSpan.FromMilliseconds(5);
            o.BatchSize = 50;
            configure?.Invoke(o);
        });
        var harness = new FakeStoreHarness(server, services.BuildServiceProvider());
        if (initialize)
        {
            await harness.Store.InitializeAsync();
        }

        return harness;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
