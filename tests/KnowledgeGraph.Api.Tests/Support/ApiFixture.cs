using System.Net;
using GraphQL.Execution;
using KnowledgeGraph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The API on a real Kestrel server on 127.0.0.1 (free port), over the embedded store in a temp file that the API
/// seeds from the real graph-seeds/ at start-up, wrapped in a <see cref="CountingGraphStore"/>. One per test class (IClassFixture).
/// </summary>
public sealed class ApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-api-tests-" + Guid.NewGuid().ToString("N"));
    private HttpClient? _http;

    /// <summary>The store the API uses (the embedded SQLite store on a temp file), counting calls.</summary>
    public CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    public GraphQLClient Client { get; private set; } = null!;

    public Uri ServerAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServerAddress = new Uri(address);
        _http = new HttpClient { BaseAddress = ServerAddress, Timeout = TimeSpan.FromSeconds(60) };
        Client = new GraphQLClient(_http);
        (await Store.GetStatsAsync()).NodeCount.ShouldBeGreaterThan(100, "the API should have seeded its empty store from graph-seeds/");
        Store.Reset();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        _http?.Dispose();
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "embedded");
        builder.UseSetting("Storage:Embedded:Path", Path.Combine(_directory, "graph.db"));
        builder.UseSetting("Seeds:Path", RepositoryPaths.Seeds);
        builder.UseSetting("Bench:Enabled", "true");
        builder.ConfigureTestServices(services =>
        {
            Decorate<IGraphStore>(services, inner => new CountingGraphStore(inner));
            Decorate<IDocumentBuilder>(services, inner => new CountingDocumentBuilder(inner));
        });
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> decorate)
        where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(original);
        services.AddSingleton(sp => decorate(
            original.ImplementationInstance as T
            ?? (original.ImplementationFactory is { } factory ? (T)factory(sp) : (T)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
    }
}
