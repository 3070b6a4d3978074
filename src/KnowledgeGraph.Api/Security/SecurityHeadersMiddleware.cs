using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// First in the pipeline: answers 503 until the start-up check has decided, and adds security headers to every
/// response (<c>X-Content-Type-Options: nosniff</c>, <c>X-Frame-Options: DENY</c>, <c>Referrer-Policy: no-referrer</c>)
/// and, on HTML pages, a CSP when the page set none (pages that set their own keep it) and
/// <c>Cross-Origin-Opener-Policy: same-origin</c>.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, SecurityState state)
{
    /// <summary>For HTML responses that carry no CSP of their own: only same-origin files, nothing inline, no framing.</summary>
    public const string DefaultContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public async Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(static o => AddHeaders((HttpResponse)o), http.Response);
        if (!state.IsReady && !http.Request.Path.StartsWithSegments("/healthz"))
        {
            http.Response.Headers.RetryAfter = "1";
            await SecurityResponses.WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, SecurityErrorCodes.Starting, "The server is starting; retry in a second.").ConfigureAwait(false);
            return;
        }

        await next(http).ConfigureAwait(false);
    }

    private static Task AddHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        SetIfMissing(headers, HeaderNames.XContentTypeOptions, "nosniff");
        SetIfMissing(headers, HeaderNames.XFrameOptions, "DENY");
        SetIfMissing(headers, "Referrer-Policy", "no-referrer");
        if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            SetIfMissing(headers, HeaderNames.ContentSecurityPolicy, DefaultContentSecurityPolicy);
            SetIfMissing(headers, "Cross-Origin-Opener-Policy", "same-origin");
        }

        return Task.CompletedTask;
    }

    private static void SetIfMissing(IHeaderDictionary headers, string name, string value)
    {
        if (string.IsNullOrEmpty(headers[name]))
        {
            headers[name] = value;
        }
    }
}
