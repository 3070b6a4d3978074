namespace KnowledgeGraph.Storage.Tests.Neo4j.Live;

/// <summary>A fact that runs only against a real Neo4j: skipped, with the reason, unless <c>NEO4J_URI</c> is set.</summary>
public sealed class Neo4jLiveFactAttribute : FactAttribute
{
    public Neo4jLiveFactAttribute()
    {
        Skip = Neo4jLive.SkipReason;
    }
}
