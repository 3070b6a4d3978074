namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Bearer tokens (<c>Security:Jwt</c>): either a shared HMAC key (<see cref="SigningKey"/>, 32+ bytes, from a secret
/// store or environment variable, never committed) or an OpenID Connect <see cref="Authority"/> whose published keys sign them.
/// </summary>
public sealed class JwtSettings
{
    /// <summary>The expected <c>iss</c> (required with <see cref="SigningKey"/>; taken from the authority's metadata otherwise).</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>HMAC-SHA256 key as text (UTF-8), at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect issuer URL (https) whose discovery document publishes the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>The claim holding the caller's roles (<c>reader</c>, <c>editor</c>, <c>admin</c>); several values or space-separated.</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim naming the caller; recorded as <c>jwt:VALUE</c> in the audit trail.</summary>
    public string SubjectClaim { get; set; } = "sub";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningKey) || !string.IsNullOrWhiteSpace(Authority);

    /// <summary>What is wrong with the settings (empty when usable or not configured at all).</summary>
    public IEnumerable<string> Problems()
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Audience))
        {
            yield return "Security:Jwt:Audience is required";
        }

        if (!string.IsNullOrWhiteSpace(SigningKey))
        {
            if (System.Text.Encoding.UTF8.GetByteCount(SigningKey) < 32)
            {
                yield return "Security:Jwt:SigningKey must be at least 32 bytes (256 bits) of random text";
            }

            if (string.IsNullOrWhiteSpace(Issuer))
            {
                yield return "Security:Jwt:Issuer is required with a SigningKey";
            }
        }

        if (!string.IsNullOrWhiteSpace(Authority) && !Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            yield return "Security:Jwt:Authority must be an https URL";
        }
    }
}
