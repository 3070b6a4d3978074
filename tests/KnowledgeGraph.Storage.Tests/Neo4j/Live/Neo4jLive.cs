namespace KnowledgeGraph.Storage.Tests.Neo4j.Live;

/// <summary>Whether a real Neo4j is configured for the live tests (<c>NEO4J_URI</c>, <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>).</summary>
internal static class Neo4jLive
{
    public const string UriVariable = "NEO4J_URI";

    public static Uri? ConfiguredUri =>
        Environment.GetEnvironmentVariable(UriVariable) is { Length: > 0 } text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

    public static string User => Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j";

    public static string? Password => Environment.GetEnvironmentVariable("NEO4J_PASSWORD");

    /// <summary>Null when a server is configured, otherwise why live tests are skipped.</summary>
    public static string? SkipReason => ConfiguredUri is null
        ? $"{UriVariable} is not set: no Neo4j server to test against (set NEO4J_URI=http://localhost:7474, NEO4J_USER and NEO4J_PASSWORD; see docs/readme/team-deployment.md)."
        : null;
}
