namespace KnowledgeGraph.Api.Security;

/// <summary>The <c>extensions.code</c> values of security answers.</summary>
internal static class SecurityErrorCodes
{
    /// <summary>No valid credential (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>A valid credential whose role is too low (HTTP 403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Too many requests from this client (HTTP 429).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The server is still checking its security settings (HTTP 503).</summary>
    public const string Starting = "STARTING";

    public const string NotFound = "NOT_FOUND";
}
