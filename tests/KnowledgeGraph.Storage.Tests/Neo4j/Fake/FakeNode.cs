using KnowledgeGraph.Storage.Neo4j.TypedJson;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>A node of the fake database.</summary>
internal sealed record FakeNode(long Id, HashSet<string> Labels, Dictionary<string, object?> Props)
{
    public string ElementId => $"4:fake:{Id}";

    public FakeNode Copy() => new(Id, new HashSet<string>(Labels, StringComparer.Ordinal), new Dictionary<string, object?>(Props, StringComparer.Ordinal));

    public Neo4jNode ToWire() => new(ElementId, [.. Labels.Order(StringComparer.Ordinal)], Props);
}
