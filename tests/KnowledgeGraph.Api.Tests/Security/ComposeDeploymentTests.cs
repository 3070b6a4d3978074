using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Reliability;
using KnowledgeGraph.Api.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>
/// The security settings docker-compose.yml gives the API container must let it start: inside the container it listens
/// on 0.0.0.0, where the API refuses to serve without authentication unless told deliberately (ADR-080).
/// The store settings are the container's (Neo4j), so they are replaced by a scratch embedded store here.
/// </summary>
public sealed partial class ComposeDeploymentTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task ApiServesOnAnyAddress_WithTheSecuritySettingsOfTheComposeFile()
    {
        var security = ComposeApiEnvironment().Where(e => e.Key.StartsWith("Security__", StringComparison.Ordinal)).ToDictionary();
        security.ShouldNotBeEmpty("docker-compose.yml gives the api service no Security__ settings");
        var environment = new Dictionary<string, string>(security)
        {
            ["Storage__Embedded__Path"] = _directory.File("kg.db"),
            ["Security__ApiKeys__Path"] = _directory.File("kg.keys.db"),
            ["Seeds__Path"] = _directory.File("no-seeds"),
        };

        await using var server = ApiProcess.Start(environment, $"http://0.0.0.0:{ApiProcess.FreePort()}");
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        using var http = server.CreateClient();
        using var response = await http.PostAsync(
            "/graphql", new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));

        server.HasExited.ShouldBeFalse(server.Output);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void ComposePublishesTheApiOnTheHostsLoopbackOnly_BecauseItRunsOpen()
    {
        var api = Service("api");
        var ports = ((YamlSequenceNode)api.Children[new YamlScalarNode("ports")]).Children.Select(p => p.ToString()).ToList();

        ports.ShouldNotBeEmpty();
        ports.ShouldAllBe(p => p.StartsWith("127.0.0.1:", StringComparison.Ordinal));
        ComposeApiEnvironment()["Security__Open"].ShouldBe("true");
    }

    // The api service's environment with ${NAME:-default} interpolated from this process's environment, as compose does.
    private static Dictionary<string, string> ComposeApiEnvironment()
    {
        var environment = (YamlMappingNode)Service("api").Children[new YamlScalarNode("environment")];
        return environment.Children.ToDictionary(
            e => e.Key.ToString(),
            e => DefaultedVariable().Replace(e.Value.ToString(), m => Environment.GetEnvironmentVariable(m.Groups[1].Value) is { Length: > 0 } v ? v : m.Groups[2].Value));
    }

    private static YamlMappingNode Service(string name)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"));
        yaml.Load(reader);
        var services = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("services")];
        return (YamlMappingNode)services.Children[new YamlScalarNode(name)];
    }

    [GeneratedRegex(@"\$\{(\w+):-([^}]*)\}")]
    private static partial Regex DefaultedVariable();
}
