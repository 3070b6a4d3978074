using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Creates or migrates the store's schema before the API takes requests.</summary>
internal sealed class StoreStartupService(IGraphStore store, ILogger<StoreStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Graph store ready");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
