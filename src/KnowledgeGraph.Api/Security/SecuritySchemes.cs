namespace KnowledgeGraph.Api.Security;

/// <summary>Authentication scheme names.</summary>
internal static class SecuritySchemes
{
    /// <summary>The default: forwards to <see cref="ApiKey"/> or <see cref="Bearer"/> by what the request carries.</summary>
    public const string Default = "KnowledgeGraph";

    public const string ApiKey = "ApiKey";

    public const string Bearer = "Bearer";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>What a 401 answer offers in <c>WWW-Authenticate</c>.</summary>
    public const string Challenge = "ApiKey realm=\"KnowledgeGraph\", Bearer realm=\"KnowledgeGraph\"";
}
