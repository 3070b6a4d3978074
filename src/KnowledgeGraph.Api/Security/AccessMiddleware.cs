using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// After the rate limiter: answers refused credentials with 401; makes credential-less callers <c>anonymous</c> (with
/// the open role on an open server); hides the IDE and the printed schema when they are switched off; refuses callers
/// without a role everywhere except the public pages, their files and the health probes (deny by default, so an
/// endpoint added later is closed too; on a closed server <c>/graphql</c> is refused before any parsing); and carries
/// the GraphQL rule's 401/403 to the response.
/// </summary>
internal sealed class AccessMiddleware(RequestDelegate next, SecurityState state, IOptions<GraphQLExposureOptions> exposure)
{
    private static readonly PathString GraphQLPath = "/graphql";
    private static readonly PathString SchemaPath = "/graphql/schema.graphql";
    private static readonly PathString IdeAssetsPath = GraphiQLPage.AssetPath;
    private static readonly PathString[] PublicPrefixes = ["/explorer", IdeAssetsPath, "/healthz", "/readyz"];

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Features.Get<CredentialOutcome>()?.Failure is { } failure)
        {
            await SecurityResponses.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, SecurityErrorCodes.Unauthenticated, failure).ConfigureAwait(false);
            return;
        }

        if (!ApiPrincipals.IsAuthenticated(http.User))
        {
            http.User = ApiPrincipals.Anonymous(state.AnonymousRole);
        }

        var request = http.Request;
        var settings = exposure.Value;
        var idePage = request.Path.Equals(GraphQLPath, StringComparison.OrdinalIgnoreCase) && IsIdePage(request);
        if (!settings.EnableIde && (idePage || request.Path.StartsWithSegments(IdeAssetsPath)))
        {
            await NotFoundAsync(http, "The GraphQL IDE is switched off (GraphQL:EnableIde=false).").ConfigureAwait(false);
            return;
        }

        if (!settings.EnableIntrospection && request.Path.Equals(SchemaPath, StringComparison.OrdinalIgnoreCase))
        {
            await NotFoundAsync(http, "Introspection is switched off (GraphQL:EnableIntrospection=false).").ConfigureAwait(false);
            return;
        }

        if (!idePage && !IsPublic(request) && ApiPrincipals.RoleOf(http.User) is null && !HttpMethods.IsOptions(request.Method))
        {
            var authenticated = ApiPrincipals.IsAuthenticated(http.User);
            await SecurityResponses.WriteErrorAsync(
                http,
                authenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                authenticated ? SecurityErrorCodes.Forbidden : SecurityErrorCodes.Unauthenticated,
                authenticated
                    ? $"{ApiPrincipals.ActorOf(http.User)} has no role (reader, editor or admin)."
                    : $"Authentication required: send an API key ({SecuritySchemes.ApiKeyHeader}: kg_…) or a bearer token (Authorization: Bearer …).").ConfigureAwait(false);
            return;
        }

        if (request.Path.Equals(GraphQLPath, StringComparison.OrdinalIgnoreCase) && !idePage)
        {
            var outcome = http.RequestServices.GetRequiredService<GraphQLAuthorizationOutcome>();
            http.Response.OnStarting(() =>
            {
                if (outcome.StatusCode is { } status)
                {
                    http.Response.StatusCode = status;
                    if (status == StatusCodes.Status401Unauthorized)
                    {
                        http.Response.Headers.WWWAuthenticate = SecuritySchemes.Challenge;
                    }
                }

                return Task.CompletedTask;
            });
        }

        await next(http).ConfigureAwait(false);
    }

    /// <summary>The same test the GraphQL handler uses to serve GraphiQL: a browser GET without a query.</summary>
    private static bool IsIdePage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && ResponseFormats.Negotiate(request.Headers.Accept) == ResponseFormat.Html
        && !request.Query.ContainsKey("query");

    /// <summary>The pages and their files hold no data; the probes say only whether the server is up.</summary>
    private static bool IsPublic(HttpRequest request) =>
        request.Path == "/" || request.Path == "/favicon.ico" || PublicPrefixes.Any(p => request.Path.StartsWithSegments(p));

    private static Task NotFoundAsync(HttpContext http, string message) =>
        SecurityResponses.WriteErrorAsync(http, StatusCodes.Status404NotFound, SecurityErrorCodes.NotFound, message);
}
