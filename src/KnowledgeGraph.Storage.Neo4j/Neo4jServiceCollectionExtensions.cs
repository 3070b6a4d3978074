using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Registers the Neo4j store (HTTP Query API) as <see cref="IGraphStore"/>.</summary>
public static partial class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IGraphStore"/> backed by Neo4j's Query API: options bound from <c>Storage:Neo4j</c> then
    /// <paramref name="configure"/>, one pooled HttpClient from <c>IHttpClientFactory</c> with a per-attempt time-out and
    /// exponential-backoff retries of transient failures only (never of a client error).
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, Action<Neo4jStoreOptions>? configure = null) =>
        services.AddNeo4jGraphStore(services.AddOptions<Neo4jStoreOptions>().BindConfiguration(Neo4jStoreOptions.SectionName), configure);

    /// <summary>
    /// The same, binding <c>Storage:Neo4j</c> from <paramref name="configuration"/> directly, for service collections that
    /// do not register <see cref="IConfiguration"/> themselves (e.g. a console host's own container).
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration, Action<Neo4jStoreOptions>? configure = null) =>
        services.AddNeo4jGraphStore(services.AddOptions<Neo4jStoreOptions>().Bind(configuration.GetSection(Neo4jStoreOptions.SectionName)), configure);

    private static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, OptionsBuilder<Neo4jStoreOptions> options, Action<Neo4jStoreOptions>? configure)
    {
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.Validate(o => o.Uri is { IsAbsoluteUri: true } u && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps), "Storage:Neo4j:Uri must be an http(s) address such as http://localhost:7474.")
            .Validate(o => DatabaseName().IsMatch(o.Database ?? string.Empty), "Storage:Neo4j:Database must be a Neo4j database name.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Storage:Neo4j:Timeout must be positive.")
            .Validate(o => o.BatchSize is > 0 and <= 100_000, "Storage:Neo4j:BatchSize must be between 1 and 100000.")
            .Validate(o => o.MaxRetryAttempts is >= 0 and <= 10, "Storage:Neo4j:MaxRetryAttempts must be between 0 and 10.");

        services.AddHttpClient(QueryApiClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("neo4j", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value;
                if (o.MaxRetryAttempts > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = o.MaxRetryAttempts,
                        Delay = o.RetryDelay,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        ShouldHandle = TransientErrors.ShouldRetryAsync,
                    });
                }

                pipeline.AddTimeout(o.Timeout);
            });

        services.AddSingleton<Neo4jGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.\\-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseName();
}
