using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Application.Security;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>
/// The real API (Program) on Kestrel at 127.0.0.1 over an embedded store and a key file in a temp folder, with
/// settings from <see cref="Settings"/>. Keys for each role are created before start; <see cref="Send"/> sends a
/// GraphQL request with a chosen credential. Subclasses vary the settings (closed, open, locked down).
/// </summary>
public abstract class SecureApiFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string JwtIssuer = "https://issuer.test.example";
    public const string JwtAudience = "knowledge-graph-tests";

    private readonly string _directory = Directory.CreateTempSubdirectory("kg-security-").FullName;
    private HttpClient? _http;
    private IGraphStore? _store;

    /// <summary>A fresh random HMAC key per run: nothing secret is committed.</summary>
    public string JwtSigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public string DatabasePath => Path.Combine(_directory, "kg.db");

    public string KeysPath => Path.Combine(_directory, "kg.keys.db");

    public ApiKeyStore Keys => new(KeysPath);

    public IGraphStore Store => _store ?? throw new InvalidOperationException("not started");

    public HttpClient Http => _http ?? throw new InvalidOperationException("not started");

    public Dictionary<string, CreatedApiKey> KeysByName { get; } = new(StringComparer.Ordinal);

    public string KeyFor(string name) => KeysByName[name].Key;

    public async Task InitializeAsync()
    {
        foreach (var (name, role) in KeysToCreate)
        {
            KeysByName[name] = await Keys.CreateAsync(name, role);
        }

        _store = EmbeddedGraphStore.Open(DatabasePath);
        await _store.ApplyAsync(new GraphChangeSet
        {
            UpsertNodes =
            [
                new Node { Id = "src-test", Kind = NodeKind.Source, Name = "Test source", Confidence = Confidence.High },
                new Node
                {
                    Id = "mx-sedena",
                    Kind = NodeKind.Institution,
                    Name = "Secretaría de la Defensa Nacional",
                    Confidence = Confidence.High,
                    Provenance = new Provenance(["src-test"]),
                    Properties = new Dictionary<string, object> { ["acronym"] = "SEDENA", ["country"] = "mx" },
                },
            ],
        });

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilReadyAsync();
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _http?.Dispose();
        return DisposeAsync().AsTask().ContinueWith(_ =>
        {
            (_store as IDisposable)?.Dispose();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }, TaskScheduler.Default);
    }

    /// <summary>Sends a GraphQL POST with an API key (<paramref name="apiKey"/>), a raw Authorization header, or nothing.</summary>
    public async Task<GraphQLResponseWithHeaders> Send(string query, object? variables = null, string? apiKey = null, string? authorization = null, string accept = GraphQLClient.GraphQLResponseType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await Http.SendAsync(request);
        return new GraphQLResponseWithHeaders(
            new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsStringAsync()),
            response.Headers);
    }

    protected virtual IReadOnlyList<(string Name, ApiRole Role)> KeysToCreate { get; } =
        [("reader-test", ApiRole.Reader), ("editor-test", ApiRole.Editor), ("admin-test", ApiRole.Admin)];

    protected abstract IReadOnlyDictionary<string, string?> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Security:ApiKeys:Path", KeysPath);
        builder.UseSetting("RateLimiting:PermitLimit", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphStore>();
            services.RemoveAll<IEmbeddedStoreMaintenance>();
            services.AddSingleton(_ => Store);
            services.AddSingleton(_ => (IEmbeddedStoreMaintenance)Store);
        });
    }

    private async Task WaitUntilReadyAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var response = await Http.GetAsync("/readyz");
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the API did not finish its security start-up check");
    }
}
