using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Application.Storage;
using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// A temp database seeded once from the real graph-seeds/ with <c>kg seed</c>, shared by the analysis and export
/// command tests (read-only), and the same store opened in-process for comparisons with <see cref="AnalysisService"/>.
/// </summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private ServiceProvider? _services;

    public string Path => _dir.File("kg.db");

    public IGraphStore Store => _services!.GetRequiredService<IGraphStore>();

    public AnalysisService Analysis => _services!.GetRequiredService<AnalysisService>();

    /// <summary>Runs <c>kg</c> with the arguments and <c>--db</c> pointing at this database.</summary>
    public Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--db", Path]);

    public async Task InitializeAsync()
    {
        var seed = await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", Path]);
        seed.ExitCode.ShouldBe(0, seed.Error);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>(StorageConfiguration.EmbeddedPathKey, Path)])
            .Build();
        _services = new ServiceCollection().AddGraphStore(configuration).AddAnalysis().BuildServiceProvider();
        await Store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
