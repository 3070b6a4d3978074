using GraphQL.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Observability;

/// <summary>OpenTelemetry traces (ASP.NET Core, GraphQL.NET) and metrics; the OTLP exporter only when an endpoint is configured.</summary>
internal static class ObservabilityExtensions
{
    public static IServiceCollection AddApiObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiTelemetry>();
        var otlpEndpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var export = !string.IsNullOrWhiteSpace(otlpEndpoint);
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("knowledgegraph-api"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/graphiql"))
                    .AddSource(GraphQLTelemetryProvider.SourceName);
                if (export)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(ApiTelemetry.MeterName);
                if (export)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
