using System.Security.Claims;
using KnowledgeGraph.Application.Security;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// The principals the API works with. The identity's name is the audit actor (<c>key:NAME</c>, <c>jwt:SUBJECT</c>,
/// <c>anonymous</c>), which the mutations record; roles are <see cref="ClaimTypes.Role"/> claims with role names.
/// </summary>
internal static class ApiPrincipals
{
    public const string KeyIdClaim = "kg:key_id";

    public static ClaimsPrincipal ForKey(ApiKeyRecord key) => Authenticated(
        SecuritySchemes.ApiKey, key.Actor, [key.Role], new Claim(KeyIdClaim, key.Id));

    public static ClaimsPrincipal ForToken(string subject, IEnumerable<ApiRole> roles) => Authenticated(
        SecuritySchemes.Bearer, ApiActors.ForToken(subject), roles);

    /// <summary>An unauthenticated caller: named <c>anonymous</c>, with the open role when the server is open, else none.</summary>
    public static ClaimsPrincipal Anonymous(ApiRole? openRole)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, ApiActors.Anonymous) };
        if (openRole is { } role)
        {
            claims.Add(new Claim(ClaimTypes.Role, role.ToName()));
        }

        // No authentication type: IsAuthenticated stays false.
        return new ClaimsPrincipal(new ClaimsIdentity(claims));
    }

    /// <summary>The highest role the principal holds, or null.</summary>
    public static ApiRole? RoleOf(ClaimsPrincipal? user)
    {
        ApiRole? best = null;
        foreach (var claim in user?.FindAll(ClaimTypes.Role) ?? [])
        {
            if (ApiRoles.TryParse(claim.Value, out var role) && (best is null || role > best))
            {
                best = role;
            }
        }

        return best;
    }

    public static bool IsAuthenticated(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    public static string ActorOf(ClaimsPrincipal? user) => user?.Identity?.Name ?? ApiActors.Anonymous;

    private static ClaimsPrincipal Authenticated(string scheme, string actor, IEnumerable<ApiRole> roles, params Claim[] extra)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, actor) };
        claims.AddRange(roles.Distinct().Select(r => new Claim(ClaimTypes.Role, r.ToName())));
        claims.AddRange(extra);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
