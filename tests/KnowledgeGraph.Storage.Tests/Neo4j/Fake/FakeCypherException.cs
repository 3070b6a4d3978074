namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>An error the fake answers with, in the Query API's <c>errors</c> shape.</summary>
internal sealed class FakeCypherException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
