using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange.Seeds;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>A temporary embedded (SQLite) database holding the curated graph from graph-seeds/.</summary>
internal static class SeededDatabase
{
    public static async Task<string> CreateAsync(string directory)
    {
        var seeds = SeedLoader.Load(RepositoryPaths.Seeds);
        seeds.IsValid.ShouldBeTrue(string.Join(Environment.NewLine, seeds.Problems.Take(10)));
        var path = Path.Combine(directory, "graph.db");
        var store = EmbeddedGraphStore.Open(path);
        try
        {
            await store.ApplyAsync(new GraphChangeSet { UpsertNodes = seeds.Nodes, UpsertRelationships = seeds.Relationships });
        }
        finally
        {
            (store as IDisposable)?.Dispose();
        }

        return path;
    }
}
