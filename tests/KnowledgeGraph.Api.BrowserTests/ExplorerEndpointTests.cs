using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>What the API serves for the page, over real HTTP: the page, its bundle and its security headers.</summary>
public sealed partial class ExplorerEndpointTests(ExplorerFixture fixture) : IClassFixture<ExplorerFixture>
{
    [Fact]
    public async Task ServesThePageAtTheRootWithAStrictContentSecurityPolicy()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseUrl };

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'self'");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("""<script type="module" src="explorer/explorer.js"></script>""");
        InlineScript().IsMatch(html).ShouldBeFalse("scripts load from files only");
        html.ShouldNotContain("<style", Case.Insensitive);
        html.ShouldNotContain(" style=", Case.Insensitive);
    }

    [Theory]
    [InlineData("explorer/explorer.js", "text/javascript")]
    [InlineData("explorer/explorer.css", "text/css")]
    public async Task ServesTheBundleAsFiles(string path, string mediaType)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseUrl };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task AnswersServiceUnavailableWithTheBuildCommandGivenNoBundle()
    {
        var directory = Directory.CreateTempSubdirectory("kg-explorer-").FullName;
        try
        {
            var settings = new Dictionary<string, string?>(ApiSettings.ForTempDatabase(directory))
            {
                ["ExplorerOptions:RootPath"] = Path.Combine(directory, "no-bundle"),
            };
            await using var factory = new ExplorerApiFactory(settings);
            using var http = factory.CreateClient();

            using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await response.Content.ReadAsStringAsync()).ShouldContain("scripts/deps/explorer.sh");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
