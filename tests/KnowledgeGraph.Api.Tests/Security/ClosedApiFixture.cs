namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>A closed server (<c>Security:Open=false</c>) that also accepts bearer tokens and one CORS origin.</summary>
public sealed class ClosedApiFixture : SecureApiFixture
{
    public const string AllowedOrigin = "https://analyst.example.org";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:Open"] = "false",
        ["Security:Jwt:Issuer"] = JwtIssuer,
        ["Security:Jwt:Audience"] = JwtAudience,
        ["Security:Jwt:SigningKey"] = JwtSigningKey,
        ["Cors:AllowedOrigins:0"] = AllowedOrigin,
    };
}
