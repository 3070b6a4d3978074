using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// After the rate limiter: answers refused credentials with 401; makes credential-less callers <c>anonymous</c> (with
/// the open role on an open server); on a closed server refuses them at <c>/graphql</c> before any parsing; hides the
/// IDE and the printed schema when they are switched off; and carries the GraphQL rule's 401/403 to the response.
/// The pages and their static files stay public: they hold no data.
/// </summary>
internal sealed class AccessMiddleware(RequestDelegate next, SecurityState state, IOptions<GraphQLExposureOptions> exposure)
{
    private static readonly PathString GraphQLPath = "/graphql";
    private static readonly PathString SchemaPath = "/graphql/schema.graphql";
    private static readonly PathString IdeAssetsPath = GraphiQLPage.AssetPath;

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

        var path = http.Request.Path;
        var settings = exposure.Value;
        if (path.StartsWithSegments(IdeAssetsPath) && !settings.EnableIde)
        {
            await NotFoundAsync(http, "The GraphQL IDE is switched off (GraphQL:EnableIde=false).").ConfigureAwait(false);
            return;
        }

        if (path.Equals(SchemaPath, StringComparison.OrdinalIgnoreCase))
        {
            if (!settings.EnableIntrospection)
            {
                await NotFoundAsync(http, "Introspection is switched off (GraphQL:EnableIntrospection=false).").ConfigureAwait(false);
                return;
            }

            if (!await AdmitAsync(http).ConfigureAwait(false))
            {
                return;
            }
        }
        else if (path.Equals(GraphQLPath, StringComparison.OrdinalIgnoreCase))
        {
            if (IsIdePage(http.Request))
            {
                if (!settings.EnableIde)
                {
                    await NotFoundAsync(http, "The GraphQL IDE is switched off (GraphQL:EnableIde=false).").ConfigureAwait(false);
                    return;
                }
            }
            else
            {
                if (!await AdmitAsync(http).ConfigureAwait(false))
                {
                    return;
                }

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
        }

        await next(http).ConfigureAwait(false);
    }

    /// <summary>The same test the GraphQL handler uses to serve GraphiQL: a browser GET without a query.</summary>
    private static bool IsIdePage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && ResponseFormats.Negotiate(request.Headers.Accept) == ResponseFormat.Html
        && !request.Query.ContainsKey("query");

    /// <summary>On a closed server a caller without a credential gets 401 before the document is even parsed.</summary>
    private async Task<bool> AdmitAsync(HttpContext http)
    {
        if (state.IsOpen || ApiPrincipals.IsAuthenticated(http.User) || HttpMethods.IsOptions(http.Request.Method))
        {
            return true;
        }

        await SecurityResponses.WriteErrorAsync(
            http,
            StatusCodes.Status401Unauthorized,
            SecurityErrorCodes.Unauthenticated,
            $"Authentication required: send an API key ({SecuritySchemes.ApiKeyHeader}: kg_…) or a bearer token (Authorization: Bearer …).").ConfigureAwait(false);
        return false;
    }

    private static Task NotFoundAsync(HttpContext http, string message) =>
        SecurityResponses.WriteErrorAsync(http, StatusCodes.Status404NotFound, SecurityErrorCodes.NotFound, message);
}
