using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Application.Storage;

/// <summary>Chooses the <c>IGraphStore</c> from configuration, for both hosts (API and CLI).</summary>
public static class GraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store named by <c>Storage:Provider</c>: <c>embedded</c> (the default; file at
    /// <c>Storage:Embedded:Path</c>, page size of a new file <c>Storage:Embedded:PageSize</c>) or <c>neo4j</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is unknown.</exception>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[StorageConfiguration.ProviderKey];
        switch (string.IsNullOrWhiteSpace(provider) ? StorageConfiguration.Embedded : provider.Trim().ToLowerInvariant())
        {
            case StorageConfiguration.Embedded:
                var path = configuration[StorageConfiguration.EmbeddedPathKey];
                var pageSize = configuration[StorageConfiguration.EmbeddedPageSizeKey];
                return services.AddEmbeddedGraphStore(options =>
                {
                    if (!string.IsNullOrWhiteSpace(path))
                    {
                        options.Path = path;
                    }

                    if (!string.IsNullOrWhiteSpace(pageSize))
                    {
                        options.PageSize = int.TryParse(pageSize, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes)
                            ? bytes
                            : throw new InvalidOperationException($"{StorageConfiguration.EmbeddedPageSizeKey} '{pageSize}' is not a number of bytes");
                    }
                });
            case StorageConfiguration.Neo4j:
                return services.AddNeo4jGraphStore(configuration);
            default:
                throw new InvalidOperationException($"unknown Storage:Provider '{provider}' (expected '{StorageConfiguration.Embedded}' or '{StorageConfiguration.Neo4j}')");
        }
    }
}
