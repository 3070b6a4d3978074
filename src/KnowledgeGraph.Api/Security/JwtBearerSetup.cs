using System.Text;
using KnowledgeGraph.Application.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Security;

/// <summary>Configures the bearer scheme from <see cref="JwtSettings"/> and maps a valid token to an API principal.</summary>
internal static class JwtBearerSetup
{
    public static void Configure(JwtBearerOptions options, JwtSettings settings)
    {
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = true;
        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            options.Authority = settings.Authority;
        }

        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = string.IsNullOrWhiteSpace(settings.Issuer) ? null : settings.Issuer,
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = settings.SubjectClaim,
            RoleClaimType = settings.RoleClaim,
        };
        if (!string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            parameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey));
            parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512];
        }

        options.TokenValidationParameters = parameters;
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var subject = context.Principal?.FindFirst(settings.SubjectClaim)?.Value;
                if (string.IsNullOrWhiteSpace(subject))
                {
                    context.Fail($"The token has no '{settings.SubjectClaim}' claim.");
                    return Task.CompletedTask;
                }

                var roles = new List<ApiRole>();
                foreach (var claim in context.Principal!.FindAll(settings.RoleClaim))
                {
                    foreach (var value in claim.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (ApiRoles.TryParse(value, out var role))
                        {
                            roles.Add(role);
                        }
                    }
                }

                context.Principal = ApiPrincipals.ForToken(subject, roles);
                return Task.CompletedTask;
            },
        };
    }
}
