namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>Fields and rows of one executed statement.</summary>
internal sealed record FakeResult(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows)
{
    public static FakeResult None { get; } = new([], []);
}
