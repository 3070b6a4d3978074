namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Cross-origin browser access, bound from the <c>Cors</c> section. Closed by default (no origin allowed: the API's own
/// pages are same-origin). List origins exactly, e.g. <c>Cors__AllowedOrigins__0=https://analysis.example.org</c>.
/// </summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    public string[] AllowedOrigins { get; set; } = [];
}
