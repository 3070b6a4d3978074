namespace KnowledgeGraph.Api.Explorer;

/// <summary>Where the explorer page's built files are (configuration section <c>ExplorerOptions</c>).</summary>
public sealed class ExplorerOptions
{
    /// <summary>
    /// Folder holding index.html, explorer.js and explorer.css (built by scripts/deps/explorer.sh).
    /// Relative paths are resolved against the content root; default <c>wwwroot/explorer</c>.
    /// </summary>
    public string RootPath { get; set; } = Path.Combine("wwwroot", "explorer");
}
