namespace KnowledgeGraph.Application.Security;

/// <summary>The wire names of <see cref="ApiRole"/> (<c>reader</c>, <c>editor</c>, <c>admin</c>), used in keys, tokens and configuration.</summary>
public static class ApiRoles
{
    public const string Reader = "reader";
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> Names { get; } = [Reader, Editor, Admin];

    /// <summary>Parses a role name, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? text, out ApiRole role)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case Reader:
                role = ApiRole.Reader;
                return true;
            case Editor:
                role = ApiRole.Editor;
                return true;
            case Admin:
                role = ApiRole.Admin;
                return true;
            default:
                role = default;
                return false;
        }
    }

    public static string ToName(this ApiRole role) => role switch
    {
        ApiRole.Reader => Reader,
        ApiRole.Editor => Editor,
        ApiRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    /// <summary>True when <paramref name="role"/> is at least <paramref name="required"/>.</summary>
    public static bool Allows(this ApiRole role, ApiRole required) => role >= required;
}
