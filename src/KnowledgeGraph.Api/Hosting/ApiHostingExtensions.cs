using KnowledgeGraph.Api.Bench;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The API's composition: what Program.cs calls.</summary>
internal static class ApiHostingExtensions
{
    /// <summary>Default address when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static WebApplicationBuilder AddKnowledgeGraphApi(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddApiStore(builder.Configuration);
        builder.Services.AddKnowledgeGraphGraphQL();
        builder.Services.AddApiObservability(builder.Configuration);
        builder.Services.AddBenchEndpoints(builder.Configuration);
        return builder;
    }

    public static WebApplication MapKnowledgeGraphApi(this WebApplication app)
    {
        app.MapGraphQLEndpoints();
        app.MapHealthEndpoints();
        app.MapBenchEndpoints();
        return app;
    }
}
