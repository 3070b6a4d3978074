using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Embedded;

/// <summary>Registers the embedded SQLite store.</summary>
public static class EmbeddedStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded store as the singleton <see cref="IGraphStore"/> and <see cref="IEmbeddedStoreMaintenance"/>.
    /// Options come from the <c>EmbeddedStoreOptions</c> configuration section when an <see cref="IConfiguration"/> is
    /// registered, then from <paramref name="configure"/>. The schema is created or migrated on first use.
    /// </summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services, Action<EmbeddedStoreOptions>? configure = null)
    {
        services.AddOptions<EmbeddedStoreOptions>()
            .Configure<IServiceProvider>((options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(nameof(EmbeddedStoreOptions)).Bind(options));
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EmbeddedStoreOptions>>().Value;
            return new SqliteGraphStore(options.Path, options.PageSize);
        });
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IEmbeddedStoreMaintenance>(provider => provider.GetRequiredService<SqliteGraphStore>());
        return services;
    }
}
