using KnowledgeGraph.Application.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Application.Security;

/// <summary>Configuration keys shared by the API and the CLI (environment variables use <c>__</c>, e.g. <c>Security__ApiKeys__Path</c>).</summary>
public static class SecurityConfiguration
{
    public const string ApiKeysPathKey = "Security:ApiKeys:Path";

    /// <summary>
    /// The API key file: <c>Security:ApiKeys:Path</c> when set, else next to the graph database with the extension
    /// <c>.keys.db</c> (<c>data/knowledge-graph.db</c> → <c>data/knowledge-graph.keys.db</c>).
    /// </summary>
    public static string ResolveApiKeysPath(IConfiguration configuration, string? databasePath = null)
    {
        var configured = configuration[ApiKeysPathKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var database = databasePath;
        if (string.IsNullOrWhiteSpace(database))
        {
            database = configuration[StorageConfiguration.EmbeddedPathKey];
        }

        if (string.IsNullOrWhiteSpace(database))
        {
            database = EmbeddedStoreOptions.DefaultPath;
        }

        return Path.GetFullPath(Path.ChangeExtension(database, ".keys.db"));
    }
}
