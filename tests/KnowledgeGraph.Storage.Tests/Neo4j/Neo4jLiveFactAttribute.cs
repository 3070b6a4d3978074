namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>A fact that runs only against a real Neo4j: skipped, with the reason, unless <c>NEO4J_URI</c> is set.</summary>
public sealed class Neo4jLiveFactAttribute : FactAttribute
{
    public const string UriVariable = "NEO4J_URI";

    public Neo4jLiveFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(UriVariable)))
        {
            Skip = $"{UriVariable} is not set: no Neo4j server to test against (set NEO4J_URI=http://localhost:7474, NEO4J_USER and NEO4J_PASSWORD; see docs/readme/team-deployment.md).";
        }
    }
}
