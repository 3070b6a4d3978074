using System.CommandLine;
using KnowledgeGraph.Application.Storage;
using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>The store a command works on, chosen like the API chooses it (<c>Storage:*</c>), with <c>--db</c> taking precedence.</summary>
internal sealed class StoreHandle : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoreHandle(ServiceProvider services, IGraphStore store)
    {
        _services = services;
        Store = store;
    }

    public IGraphStore Store { get; }

    /// <param name="settings">Configuration a command sets for its store (before <c>--db</c>).</param>
    public static async Task<StoreHandle> OpenAsync(
        CliContext context, ParseResult parseResult, CancellationToken cancellationToken, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var db = parseResult.GetValue(context.DbOption);
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(context.Configuration)
            .AddInMemoryCollection(settings ?? [])
            .AddInMemoryCollection(db is null ? [] : [new KeyValuePair<string, string?>(StorageConfiguration.EmbeddedPathKey, db)])
            .Build();
        var services = new ServiceCollection().AddGraphStore(configuration).BuildServiceProvider();
        try
        {
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitializeAsync(cancellationToken);
            return new StoreHandle(services, store);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
