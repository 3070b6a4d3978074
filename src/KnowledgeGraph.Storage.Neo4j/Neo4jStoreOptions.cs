namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Settings of the Neo4j store, bound from the configuration section <c>Storage:Neo4j</c>
/// (environment: <c>Storage__Neo4j__Uri</c>, <c>Storage__Neo4j__Password</c>, ...). Secrets come from configuration only.
/// </summary>
public sealed class Neo4jStoreOptions
{
    public const string SectionName = "Storage:Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> (the Query API; not bolt://).</summary>
    public Uri? Uri { get; set; }

    /// <summary>The database name; <c>neo4j</c> unless configured.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>User for Basic authentication (with <see cref="Password"/>).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token (SSO); used instead of <see cref="User"/>/<see cref="Password"/> when set.</summary>
    public string? Token { get; set; }

    /// <summary>Time-out of one HTTP attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows per <c>UNWIND $rows</c> request in upserts and imports.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Retries of a transient failure (503, <c>Neo.TransientError.*</c>, connection refused); never of a client error.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First back-off delay; it doubles on each retry (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
