using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Api.GraphTypes;
using KnowledgeGraph.Api.GraphTypes.Mutations;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Loading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Registers the GraphQL schema (singleton), the executer with limits, document cache and telemetry, and the per-request loaders.</summary>
internal static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeGraphGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>().BindConfiguration(nameof(GraphQLLimitsOptions));
        services.AddSingleton<DocumentCache>();
        services.AddScoped<GraphDataLoader>();
        services.AddScoped<CurationService>();
        services.AddSingleton<CurationLock>();
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<GraphiQLPage>();
        services.AddSingleton<GraphQLHttpHandler>();

        services.AddGraphQL(graphql => graphql
            .AddSchema<KnowledgeGraphSchema>(GraphQL.DI.ServiceLifetime.Singleton)
            // Spanish names stay readable in responses (JSON only, never embedded in HTML).
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<ApiErrorInfoProvider>()
            .ConfigureExecution<DocumentCache>()
            .AddValidationRule<NoMutationOverGetRule>(true)
            .AddValidationRule(sp =>
            {
                var complexity = new ComplexityOptions();
                ComplexityLimits.Configure(complexity, sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value);
                return new CachedComplexityValidationRule(complexity);
            }, true)
            .UseTelemetry(o =>
            {
                // Query text may hold literal values: keep it out of traces, like variables.
                o.RecordDocument = false;
            })
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = (context.Context?.RequestServices ?? context.ExecutionOptions?.RequestServices)?.GetService<ILogger<KnowledgeGraphSchema>>();
                logger?.LogError(context.OriginalException, "GraphQL resolver failed");
            }));

        services.AddSingleton<IDocumentBuilder>(sp =>
            new GraphQLDocumentBuilder { MaxDepth = sp.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.ParserMaxDepth });
        return services;
    }
}
