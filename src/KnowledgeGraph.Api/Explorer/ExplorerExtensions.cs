using KnowledgeGraph.Api.Security;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Explorer;

/// <summary>Serves the explorer page: <c>GET /</c> (index.html) and its bundle under <c>/explorer/</c>.</summary>
public static class ExplorerExtensions
{
    internal const string AssetsPath = "/explorer";

    // The page loads only its own files and talks only to /graphql; nothing inline (see ADR-070). One policy for the
    // whole API: the security headers' own, set here too so the page is strict even where that middleware is off.
    internal const string ContentSecurityPolicy = SecurityHeadersMiddleware.DefaultContentSecurityPolicy;

    /// <summary>Binds <see cref="ExplorerOptions"/> from the <c>ExplorerOptions</c> configuration section.</summary>
    public static IServiceCollection AddExplorer(this IServiceCollection services)
    {
        services.AddOptions<ExplorerOptions>().BindConfiguration(nameof(ExplorerOptions));
        return services;
    }

    /// <summary>Maps <c>GET /</c> to the explorer page and serves its static files under <c>/explorer/</c>.</summary>
    public static WebApplication MapExplorer(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ExplorerOptions>>().Value;
        var root = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, options.RootPath));
        var index = Path.Combine(root, "index.html");

        if (Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(root),
                RequestPath = AssetsPath,
                OnPrepareResponse = context => SetPageHeaders(context.Context.Response),
            });
        }

        app.MapGet("/", (HttpContext context) =>
        {
            SetPageHeaders(context.Response);
            return File.Exists(index)
                ? Results.File(index, "text/html; charset=utf-8")
                : Results.Text(
                    "The explorer page is not built: run scripts/deps/explorer.sh (npm ci && npm run build in web/explorer).",
                    "text/plain; charset=utf-8",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        })
        .WithName("ExplorerPage")
        .ExcludeFromDescription();

        return app;
    }

    // The API's security headers (when configured) win; these keep the page strict when it is hosted without them.
    private static void SetPageHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        SetIfMissing(headers, HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy);
        SetIfMissing(headers, HeaderNames.XContentTypeOptions, "nosniff");
        SetIfMissing(headers, "Referrer-Policy", "no-referrer");
        headers[HeaderNames.CacheControl] = "no-cache";
    }

    private static void SetIfMissing(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name))
        {
            headers[name] = value;
        }
    }
}
