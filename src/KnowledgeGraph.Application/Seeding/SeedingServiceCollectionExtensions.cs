using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Application.Seeding;

/// <summary>Registers <see cref="SeedService"/> over the registered <c>IGraphStore</c>.</summary>
public static class SeedingServiceCollectionExtensions
{
    public static IServiceCollection AddSeeding(this IServiceCollection services)
    {
        services.TryAddSingleton<SeedService>();
        return services;
    }
}
