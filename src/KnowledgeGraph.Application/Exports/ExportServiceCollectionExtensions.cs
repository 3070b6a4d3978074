using KnowledgeGraph.Application.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Application.Exports;

/// <summary>Registers <see cref="ExportService"/> (and the analysis services it uses, when not registered yet) beside an <c>IGraphStore</c>.</summary>
public static class ExportServiceCollectionExtensions
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(AnalysisService)))
        {
            services.AddAnalysis();
        }

        services.TryAddSingleton<ExportService>();
        return services;
    }
}
