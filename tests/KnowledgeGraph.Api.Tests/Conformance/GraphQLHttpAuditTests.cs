using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Conformance;

/// <summary>
/// Runs the graphql-http package's server audit (GraphQL over HTTP conformance) against the live server on loopback.
/// Every MUST and SHOULD audit must pass; all results are printed (60 in the spec's list, 61 in graphql-http 1.23).
/// </summary>
public sealed class GraphQLHttpAuditTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PassesEveryMustAndShouldAudit()
    {
        var script = Path.Combine(RepositoryPaths.Web, "scripts", "audit.mjs");
        File.Exists(Path.Combine(RepositoryPaths.Web, "node_modules", "graphql-http", "package.json"))
            .ShouldBeTrue("web/node_modules is missing: run scripts/deps/api.sh");

        var start = new ProcessStartInfo("node", [script, new Uri(api.ServerAddress, "/graphql").ToString()])
        {
            WorkingDirectory = RepositoryPaths.Web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await node.WaitForExitAsync(timeout.Token);
        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        node.ExitCode.ShouldBe(0, await stderr);
        var summary = JsonDocument.Parse(lines.Single(l => l.StartsWith("SUMMARY ", StringComparison.Ordinal))["SUMMARY ".Length..]).RootElement;
        var total = summary.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThanOrEqualTo(60);
        summary.GetProperty("failedMust").GetArrayLength().ShouldBe(0);
        summary.GetProperty("failedShould").GetArrayLength().ShouldBe(0);
        output.WriteLine($"graphql-http audit: {summary.GetProperty("ok").GetInt32()}/{total} ok");
    }
}
