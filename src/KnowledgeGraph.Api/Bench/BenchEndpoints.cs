using KnowledgeGraph.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Bench;

/// <summary>
/// Plain ASP.NET Core endpoints that return the same JSON as the benchmark's GraphQL queries without GraphQL, so that
/// bench/api/run.sh can show what GraphQL costs on top. Mapped only when <c>Bench:Enabled</c> is true.
/// </summary>
internal static class BenchEndpoints
{
    public static IServiceCollection AddBenchEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BenchOptions>().BindConfiguration(BenchOptions.Section);
        return services;
    }

    public static WebApplication MapBenchEndpoints(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BenchOptions>>().Value.Enabled)
        {
            return app;
        }

        app.MapGet("/bench/plain/typename", () => Results.Text("""{"data":{"__typename":"Query"}}""", "application/json; charset=utf-8"));
        app.MapGet("/bench/plain/institutions", async (HttpContext http, IGraphStore store) =>
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await PlainInstitutionPage.WriteAsync(store, http.Response.Body, http.RequestAborted).ConfigureAwait(false);
        });
        return app;
    }
}
