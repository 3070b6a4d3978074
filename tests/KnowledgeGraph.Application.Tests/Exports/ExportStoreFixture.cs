using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Application.Exports;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Analytics.Tests.Support.Domain;

namespace KnowledgeGraph.Application.Tests.Exports;

/// <summary>
/// The analytics sample graph plus a dated hierarchy (a guard under ministry A until 2024-09-30, under ministry B
/// from 2024-10-01; a liaison office reached only through the old link) in an embedded store on a temp file.
/// </summary>
public sealed class ExportStoreFixture : IAsyncLifetime
{
    public static readonly DateOnly Old = new(2020, 1, 1);
    public static readonly DateOnly Recent = new(2025, 6, 1);

    private readonly string _directory = Directory.CreateTempSubdirectory("kg-exports-").FullName;
    private ServiceProvider? _services;

    public IGraphStore Store => _services!.GetRequiredService<IGraphStore>();

    public AnalysisService Analysis => _services!.GetRequiredService<AnalysisService>();

    public ExportService Exports => _services!.GetRequiredService<ExportService>();

    public IReadOnlyList<Node> Nodes { get; private set; } = [];

    public IReadOnlyList<Relationship> Relationships { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var (nodes, relationships) = Sample();
        nodes.AddRange(
        [
            N("mx-guard", NodeKind.Institution, ("country", "mx")) with { ValidFrom = new DateOnly(2019, 3, 26) },
            N("mx-ministry-a", NodeKind.Institution, ("country", "mx")),
            N("mx-ministry-b", NodeKind.Institution, ("country", "mx")),
            N("mx-liaison", NodeKind.Institution, ("country", "mx")),
        ]);
        relationships.AddRange(
        [
            R(RelationshipType.PartOf, "mx-guard", "mx-ministry-a") with { ValidFrom = new DateOnly(2019, 3, 26), ValidTo = new DateOnly(2024, 9, 30) },
            R(RelationshipType.PartOf, "mx-guard", "mx-ministry-b") with { ValidFrom = new DateOnly(2024, 10, 1) },
            R(RelationshipType.CoordinatesWith, "mx-liaison", "mx-ministry-a") with { ValidTo = new DateOnly(2021, 12, 31) },
        ]);
        (Nodes, Relationships) = (nodes, relationships);
        _services = new ServiceCollection()
            .AddEmbeddedGraphStore(o => o.Path = Path.Combine(_directory, "kg.db"))
            .AddExports()
            .BuildServiceProvider();
        await Store.InitializeAsync();
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = nodes, UpsertRelationships = relationships });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
