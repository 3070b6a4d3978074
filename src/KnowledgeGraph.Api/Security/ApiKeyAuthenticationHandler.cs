using System.Text.Encodings.Web;
using KnowledgeGraph.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Authenticates <c>X-Api-Key: kg_…</c>, <c>Authorization: ApiKey kg_…</c> or <c>Authorization: Bearer kg_…</c> against
/// the key file. No credential: no result (the caller is anonymous). A wrong, revoked or unusable credential: a failure,
/// which the API answers with 401 rather than treating the caller as anonymous.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? presented = Request.Headers[SecuritySchemes.ApiKeyHeader];
        var authorization = Request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(presented) && authorization.Length > 0)
        {
            var space = authorization.IndexOf(' ', StringComparison.Ordinal);
            var scheme = space < 0 ? authorization : authorization[..space];
            var value = space < 0 ? string.Empty : authorization[(space + 1)..].Trim();
            if (scheme.Equals("ApiKey", StringComparison.OrdinalIgnoreCase)
                || (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) && value.StartsWith(ApiKeyStore.Prefix, StringComparison.Ordinal)))
            {
                presented = value;
            }
            else if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return AuthenticateResult.Fail("Bearer tokens are not accepted: this server has no Security:Jwt settings. Send an API key.");
            }
            else
            {
                return AuthenticateResult.Fail($"Unsupported Authorization scheme; send {SecuritySchemes.ApiKeyHeader}: kg_… or Authorization: Bearer <token>.");
            }
        }

        if (string.IsNullOrEmpty(presented))
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.VerifyAsync(presented, Context.RequestAborted).ConfigureAwait(false);
        if (key is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, malformed or revoked.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(ApiPrincipals.ForKey(key), Scheme.Name));
    }
}
