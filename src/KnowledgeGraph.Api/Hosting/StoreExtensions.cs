using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Application.Seeding;
using KnowledgeGraph.Application.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The graph store chosen by <c>Storage:Provider</c> (embedded SQLite by default, file at <c>Storage:Embedded:Path</c>),
/// initialised at start-up and seeded from <c>Seeds:Path</c> (default graph-seeds/) when it holds no node.
/// </summary>
internal static class StoreExtensions
{
    public const string SeedsPathKey = "Seeds:Path";

    public static IServiceCollection AddApiStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphStore(configuration);
        services.AddSeeding();
        services.AddAnalysis();
        services.AddHostedService<StoreStartupService>();
        return services;
    }
}
