using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Application.Seeding;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Application.Tests.Analysis;

/// <summary>The real graph-seeds loaded into a temporary embedded (SQLite) store, with the analysis services on top.</summary>
public sealed class SeededGraphFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-analysis-tests", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _provider;

    public AnalysisService Service => _provider!.GetRequiredService<AnalysisService>();

    public IGraphStore Store => _provider!.GetRequiredService<IGraphStore>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var services = new ServiceCollection();
        services.AddEmbeddedGraphStore(options => options.Path = Path.Combine(_directory, "graph.db"));
        services.AddAnalysis();
        _provider = services.BuildServiceProvider();
        await Store.InitializeAsync();
        var outcome = await new SeedService(Store).SeedAsync(Path.Combine(RepositoryRoot(), "graph-seeds"));
        outcome.IsValid.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The database may still be open on some platforms; the temp folder is cleaned eventually.
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above the test binaries");
    }
}
