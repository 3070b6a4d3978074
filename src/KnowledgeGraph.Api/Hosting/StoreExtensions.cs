using KnowledgeGraph.Application.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The graph store the API reads and writes, initialised (and seeded when empty) at start-up.</summary>
internal static class StoreExtensions
{
    public static IServiceCollection AddApiStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphStore(configuration);
        services.AddHostedService<StoreStartupService>();
        return services;
    }
}
