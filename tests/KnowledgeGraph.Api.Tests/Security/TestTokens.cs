using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>Signs test JWTs (HS256) the way an identity provider would, with knobs to make them wrong.</summary>
internal static class TestTokens
{
    public static string Create(
        string signingKey,
        string? subject = "alice",
        string[]? roles = null,
        string issuer = SecureApiFixture.JwtIssuer,
        string audience = SecureApiFixture.JwtAudience,
        TimeSpan? lifetime = null)
    {
        var claims = new List<Claim>();
        if (subject is not null)
        {
            claims.Add(new Claim("sub", subject));
        }

        claims.AddRange((roles ?? []).Select(r => new Claim("role", r)));
        var now = DateTime.UtcNow;
        var life = lifetime ?? TimeSpan.FromMinutes(10);
        var expires = now + life;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = life < TimeSpan.Zero ? expires.AddMinutes(-10) : now.AddMinutes(-1),
            IssuedAt = life < TimeSpan.Zero ? expires.AddMinutes(-10) : now.AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
