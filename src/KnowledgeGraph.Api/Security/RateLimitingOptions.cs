namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Requests per client, bound from the <c>RateLimiting</c> section: a fixed window per API key or token subject, and per
/// IP address for anonymous callers. Over the limit the answer is 429 with <c>Retry-After</c>. Health probes are exempt.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests allowed per client per <see cref="Window"/>.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests over the limit that wait for the next window instead of being refused at once.</summary>
    public int QueueLimit { get; set; }
}
