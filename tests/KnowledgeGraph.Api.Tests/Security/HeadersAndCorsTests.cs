using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>Security headers on the HTML pages and API answers; CORS closed except for the configured origin.</summary>
public sealed partial class HeadersAndCorsTests(ClosedApiFixture api) : IClassFixture<ClosedApiFixture>
{
    [Fact]
    public async Task ServesTheIdePageWithAStrictCspAndAntiFramingHeaders()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await api.Http.SendAsync(request);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var scriptSrc = Directive(csp, "script-src") ?? Directive(csp, "default-src");
        scriptSrc.ShouldNotBeNull(csp);
        scriptSrc.ShouldNotContain("'unsafe-inline'");
        scriptSrc.ShouldNotContain("'unsafe-eval'");
        Directive(csp, "frame-ancestors").ShouldBe("frame-ancestors 'none'");
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public void KeepsTheIdePageFreeOfInlineScriptsSoTheCspHolds()
    {
        var html = File.ReadAllText(Path.Combine(RepositoryPaths.Web, "src", "index.html"));

        var scripts = ScriptTag().Matches(html);
        scripts.Count.ShouldBeGreaterThan(0, "the page should load its bundle");
        foreach (Match script in scripts)
        {
            script.Groups["attributes"].Value.ShouldContain("src=", Case.Insensitive, $"inline script: {script.Value}");
            script.Groups["body"].Value.Trim().ShouldBeEmpty($"inline script: {script.Value}");
        }

        html.ShouldNotMatch(@"\son[a-z]+\s*=", "inline event handlers need 'unsafe-inline'");
    }

    [Fact]
    public void BuildsTheIdeBundleWithoutEvalSoTheCspNeedsNoUnsafeEval()
    {
        var dist = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGraph.Api", "wwwroot", "dist");
        Directory.Exists(dist).ShouldBeTrue($"{dist} is missing: run scripts/deps/api.sh");

        var scripts = Directory.GetFiles(dist, "*.js", SearchOption.AllDirectories);

        scripts.ShouldNotBeEmpty();
        foreach (var script in scripts)
        {
            var code = File.ReadAllText(script);
            code.ShouldNotContain("new Function(", customMessage: script);
            EvalCall().IsMatch(code).ShouldBeFalse(script);
        }
    }

    [Fact]
    public async Task MarksApiAnswersNosniff()
    {
        var response = await api.Send("{ __typename }", apiKey: api.KeyFor("reader-test"));

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    [Fact]
    public async Task GivesNoCorsHeadersToAnUnlistedOrigin()
    {
        using var preflight = Preflight("https://evil.example");

        using var response = await api.Http.SendAsync(preflight);

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task AllowsTheConfiguredOriginWithTheApiKeyHeader()
    {
        using var preflight = Preflight(ClosedApiFixture.AllowedOrigin);

        using var response = await api.Http.SendAsync(preflight);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([ClosedApiFixture.AllowedOrigin]);
        string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ShouldContain("x-api-key", Case.Insensitive);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }

    private static string? Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal));

    [GeneratedRegex(@"(?<![\w$.])eval\s*\(")]
    private static partial Regex EvalCall();

    [GeneratedRegex(@"<script(?<attributes>[^>]*)>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
