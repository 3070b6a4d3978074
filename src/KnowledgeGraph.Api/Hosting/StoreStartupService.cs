using KnowledgeGraph.Application.Seeding;
using KnowledgeGraph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Before the API takes requests: creates or migrates the store's schema and, on a fresh (empty) store, loads the seeds.
/// Invalid seeds stop start-up with every problem logged; a missing seeds folder only warns (the store stays empty).
/// </summary>
internal sealed class StoreStartupService(
    IGraphStore store, SeedService seeds, IConfiguration configuration, IWebHostEnvironment environment, ILogger<StoreStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = FindSeeds(configuration[StoreExtensions.SeedsPathKey] ?? SeedService.DefaultDirectory);
        if (directory is null)
        {
            logger.LogWarning("No seeds folder found ({Configured}); an empty store stays empty", configuration[StoreExtensions.SeedsPathKey] ?? SeedService.DefaultDirectory);
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await seeds.SeedIfEmptyAsync(directory, cancellationToken).ConfigureAwait(false);
        if (outcome is null)
        {
            logger.LogInformation("Graph store ready (already holds data; seeds not loaded)");
            return;
        }

        if (!outcome.IsValid)
        {
            foreach (var problem in outcome.Load.Problems)
            {
                logger.LogError("Seed problem: {Problem}", problem.ToString());
            }

            throw new InvalidOperationException($"The seeds in {directory} are invalid ({outcome.Load.Problems.Count} problems); nothing was loaded.");
        }

        if (logger.IsEnabled(LogLevel.Information))
        {
            int nodes = outcome.Load.Nodes.Count, relationships = outcome.Load.Relationships.Count;
            logger.LogInformation("Seeded the empty store from {Directory}: {Nodes} nodes, {Relationships} relationships", directory, nodes, relationships);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An absolute path as given; a relative one from the working directory, else from the content root and its parents.</summary>
    private string? FindSeeds(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        if (Directory.Exists(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
