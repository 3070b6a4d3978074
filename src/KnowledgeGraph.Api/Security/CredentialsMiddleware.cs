using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Authenticates the request (API key or bearer token) and sets <see cref="HttpContext.User"/> on success. A refused
/// credential is only noted here, so that the rate limiter, which runs next, counts it against the caller's address;
/// <see cref="AccessMiddleware"/> then answers it with 401.
/// </summary>
internal sealed class CredentialsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(SecuritySchemes.Default).ConfigureAwait(false);
        if (result.Succeeded)
        {
            http.User = result.Principal;
        }

        http.Features.Set(new CredentialOutcome(result.Failure is { } failure ? Describe(failure) : null));
        await next(http).ConfigureAwait(false);
    }

    /// <summary>Says what was wrong without echoing token or configuration internals (only our own messages pass through).</summary>
    private static string Describe(Exception failure) => failure switch
    {
        Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "The bearer token has expired.",
        Microsoft.IdentityModel.Tokens.SecurityTokenException => "The bearer token is not valid for this server (signature, issuer, audience or lifetime).",
        AuthenticationFailureException => failure.Message,
        _ => "The credential could not be verified.",
    };
}
