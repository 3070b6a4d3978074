using KnowledgeGraph.Storage.Neo4j.TypedJson;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>A relationship of the fake database.</summary>
internal sealed record FakeRelationship(long Id, string Type, long Start, long End, Dictionary<string, object?> Props)
{
    public FakeRelationship Copy() => this with { Props = new Dictionary<string, object?>(Props, StringComparer.Ordinal) };

    public Neo4jRelationship ToWire() => new($"5:fake:{Id}", $"4:fake:{Start}", $"4:fake:{End}", Type, Props);
}
