using System.Net;
using KnowledgeGraph.Api.Tests.Reliability;
using KnowledgeGraph.Application.Security;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>The built API as a process on 0.0.0.0: it must refuse to serve without authentication, and serve closed with it.</summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task RefusesToStartOnANetworkAddressWithoutAuthentication()
    {
        await using var server = ApiProcess.Start(Environment(), $"http://0.0.0.0:{ApiProcess.FreePort()}");

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(90));

        exitCode.ShouldBe(3, server.Output);
        server.Output.ShouldContain("Refusing to start: the server listens on http://0.0.0.0:");
        server.Output.ShouldContain("kg keys create");
    }

    [Fact]
    public async Task RefusesOpenModeOnANetworkAddressEvenWithKeys()
    {
        await new ApiKeyStore(KeysPath).CreateAsync("ops", ApiRole.Admin);
        await using var server = ApiProcess.Start(Environment(("Security__Open", "true")), $"http://0.0.0.0:{ApiProcess.FreePort()}");

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(90));

        exitCode.ShouldBe(3, server.Output);
        server.Output.ShouldContain("Security:Open=true lets anyone read and write");
    }

    [Fact]
    public async Task ServesOpenOnANetworkAddressOnlyWithTheSecondDeliberateSetting()
    {
        await using var server = ApiProcess.Start(
            Environment(("Security__Open", "true"), ("Security__OpenOnAnyAddress", "true")), $"http://0.0.0.0:{ApiProcess.FreePort()}");
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using var http = server.CreateClient();

        using var anonymous = await http.PostAsync("/graphql", Json("""{"query":"{ __typename }"}"""));

        anonymous.StatusCode.ShouldBe(HttpStatusCode.OK, await anonymous.Content.ReadAsStringAsync());
        server.Output.ShouldContain("anyone who reaches these addresses can read and write");
    }

    [Fact]
    public async Task ServesClosedOnANetworkAddressOnceAKeyExists()
    {
        var key = await new ApiKeyStore(KeysPath).CreateAsync("ops", ApiRole.Reader);
        await using var server = ApiProcess.Start(Environment(), $"http://0.0.0.0:{ApiProcess.FreePort()}");
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using var http = server.CreateClient();

        using var anonymous = await http.PostAsync("/graphql", Json("""{"query":"{ __typename }"}"""));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("""{"query":"{ __typename }"}""") };
        request.Headers.Add("X-Api-Key", key.Key);
        using var withKey = await http.SendAsync(request);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withKey.StatusCode.ShouldBe(HttpStatusCode.OK, await withKey.Content.ReadAsStringAsync());
    }

    private string KeysPath => _directory.File("kg.keys.db");

    private Dictionary<string, string> Environment(params (string Key, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["Storage__Embedded__Path"] = _directory.File("kg.db"),
            ["Security__ApiKeys__Path"] = KeysPath,
            ["Seeds__Path"] = _directory.File("no-seeds"),
        };
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return environment;
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
