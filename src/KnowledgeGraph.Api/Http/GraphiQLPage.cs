using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Serves the GraphiQL page built by <c>web/</c> (npm, esbuild) into wwwroot/dist, under a CSP that forbids inline
/// scripts. When the bundle has not been built, says how to build it.
/// </summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    /// <summary>URL prefix of the bundle's files (main.js, main.css, workers/, assets/).</summary>
    public const string AssetPath = "/graphiql";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public IFileProvider Files { get; } = Bundle(environment);

    public async Task WriteAsync(HttpContext http)
    {
        var page = Files.GetFileInfo("index.html");
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        if (!page.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("The GraphiQL page is not built: run scripts/deps/api.sh (npm ci && npm run build in web/).", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(page, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// wwwroot/dist under the web root or content root (tests, publish output), else found from the working directory or
    /// the binaries upwards (dotnet run from the repository root, where the content root is the working directory).
    /// </summary>
    private static IFileProvider Bundle(IWebHostEnvironment environment)
    {
        var candidates = new List<string?>
        {
            environment.WebRootPath is { } web ? Path.Combine(web, "dist") : null,
            Path.Combine(environment.ContentRootPath, "wwwroot", "dist"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot", "dist"),
        };
        foreach (var start in new[] { environment.ContentRootPath, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                candidates.Add(Path.Combine(dir.FullName, "src", "KnowledgeGraph.Api", "wwwroot", "dist"));
            }
        }

        var found = candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, "index.html")));
        return found is null ? new NullFileProvider() : new PhysicalFileProvider(found);
    }
}
