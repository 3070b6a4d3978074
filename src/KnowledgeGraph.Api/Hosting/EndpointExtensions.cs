using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The API's HTTP endpoints.</summary>
internal static class EndpointExtensions
{
    public static IEndpointRouteBuilder MapGraphQLEndpoints(this WebApplication app)
    {
        // Build and check the schema now, so that a broken schema stops start-up instead of the first request.
        app.Services.GetRequiredService<ISchema>().Initialize();
        var graphiQL = app.Services.GetRequiredService<GraphiQLPage>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = graphiQL.Files,
            RequestPath = GraphiQLPage.AssetPath,
            OnPrepareResponse = c => c.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });

        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http))
            .WithName("GraphQL");

        app.MapGet("/graphql/schema.graphql", (ISchema schema) =>
            Results.Text(schema.Print(), "text/plain; charset=utf-8"))
            .WithName("GraphQLSchema");
        return app;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this WebApplication app)
    {
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapGet("/readyz", async (IGraphStore store, CancellationToken cancellationToken) =>
        {
            bool ready;
            try
            {
                ready = await store.PingAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (GraphStoreException)
            {
                ready = false;
            }

            return ready
                ? Results.Ok(new { status = "ready" })
                : Results.Json(new { status = "store unavailable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
