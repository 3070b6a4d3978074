using System.Globalization;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>What <c>GET /</c> tells about the server: its version, edition and Query API address template.</summary>
internal sealed record ServerInfo(string Version, string? Edition, string? QueryUrlTemplate)
{
    /// <summary>Explicit transactions of the Query API arrive in 5.26 (calendar versions 2025.x and later are newer).</summary>
    public static readonly Version MinimumVersion = new(5, 26);

    public Version? ParsedVersion
    {
        get
        {
            var numeric = new string(Version.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray()).TrimEnd('.');
            var parts = numeric.Split('.', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                return null;
            }

            return new Version(
                int.Parse(parts[0], CultureInfo.InvariantCulture),
                int.Parse(parts[1], CultureInfo.InvariantCulture),
                parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0);
        }
    }

    public bool IsSupported => ParsedVersion is { } v && v >= MinimumVersion && QueryUrlTemplate is not null;
}
