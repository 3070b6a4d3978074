using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>Registers the analysis services; the hosts register an <see cref="Core.Storage.IGraphStore"/> beside them.</summary>
public static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SnapshotProvider>();
        services.AddSingleton<AnalysisService>();
        return services;
    }
}
