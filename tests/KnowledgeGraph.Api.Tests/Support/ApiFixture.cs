using System.Net;
using GraphQL.Execution;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange.Seeds;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The API on a real Kestrel server on 127.0.0.1 (free port), over a store seeded from the real graph-seeds/,
/// wrapped in a <see cref="CountingGraphStore"/>. One per test class (IClassFixture).
/// </summary>
public sealed class ApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private HttpClient? _http;

    public CountingGraphStore Store { get; } = new(new InMemoryGraphStore());

    public GraphQLClient Client { get; private set; } = null!;

    public Uri ServerAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var seeds = SeedLoader.Load(RepositoryPaths.Seeds);
        seeds.IsValid.ShouldBeTrue(string.Join("\n", seeds.Problems.Take(10)));
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = seeds.Nodes, UpsertRelationships = seeds.Relationships });

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServerAddress = new Uri(address);
        _http = new HttpClient { BaseAddress = ServerAddress, Timeout = TimeSpan.FromSeconds(60) };
        Client = new GraphQLClient(_http);
        Store.Reset();
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _http?.Dispose();
        return DisposeAsync().AsTask();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphStore>();
            services.AddSingleton<IGraphStore>(Store);
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
