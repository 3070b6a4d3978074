namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>A statement text from <see cref="CypherStatements"/> and its parameters (every value travels here, never in the text).</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}
