using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

/// <summary>A temporary folder for one test's exports, deleted afterwards.</summary>
internal sealed class ExportFiles : IDisposable
{
    public ExportFiles() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "kg-exports-" + Guid.NewGuid().ToString("N"));

    /// <summary>Exports <paramref name="graph"/> (the sample by default) to a file and returns its path.</summary>
    public async Task<string> WriteAsync(ExportFormat format, Subgraph? graph = null, bool withAnalytics = true)
    {
        var exporter = ExportWriter.GetExporter(format);
        var path = Path.Combine(Folder, "graph." + exporter.FileExtension);
        await using (var file = File.Create(path))
        {
            await ExportWriter.WriteAsync(format, graph ?? SampleGraph.Graph, withAnalytics ? SampleGraph.Analytics : null, file);
        }

        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
