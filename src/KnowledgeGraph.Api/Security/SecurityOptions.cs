namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Who may call the API, bound from the <c>Security</c> section (<c>Security__Open=false</c>, <c>Security__Jwt__Audience=...</c>).
/// See docs/readme/security.md and ADR-080.
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Whether callers without a credential are let in with <see cref="OpenRole"/>. Unset (the default): open when every
    /// address the server listens on is a loopback address, closed otherwise. <c>true</c> is refused on a non-loopback
    /// address; <c>false</c> closes a loopback server too.
    /// </summary>
    public bool? Open { get; set; }

    /// <summary>
    /// Lets <see cref="Open"/>=true stand on a non-loopback address. Only for a container whose port is published on
    /// the host's loopback alone (the server cannot see that itself): a deliberate second setting, never a default.
    /// </summary>
    public bool OpenOnAnyAddress { get; set; }

    /// <summary>The role of anonymous callers of an open server: <c>reader</c> or <c>editor</c> (the default). Never admin.</summary>
    public string OpenRole { get; set; } = "editor";

    public JwtSettings Jwt { get; set; } = new();
}
