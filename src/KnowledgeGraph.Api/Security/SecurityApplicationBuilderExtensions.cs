using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Api.Security;

/// <summary>Puts the security middleware in front of the API's endpoints and pages.</summary>
public static class SecurityApplicationBuilderExtensions
{
    /// <summary>
    /// Order: start-up gate and security headers → CORS → credentials → rate limiter (per key or subject, per address
    /// for the rest) → access (401 for refused credentials, anonymous callers, IDE/introspection switches). Call before
    /// <c>MapKnowledgeGraphApi</c>.
    /// </summary>
    public static WebApplication UseKnowledgeGraphSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        app.UseMiddleware<CredentialsMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<AccessMiddleware>();
        return app;
    }
}
