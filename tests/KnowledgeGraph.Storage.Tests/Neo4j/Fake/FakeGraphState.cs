namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>The in-memory database of the fake: nodes and relationships with labels and property maps, copied per transaction.</summary>
internal sealed class FakeGraphState
{
    private long _nextId;

    public Dictionary<long, FakeNode> Nodes { get; private init; } = [];

    public Dictionary<long, FakeRelationship> Relationships { get; private init; } = [];

    public HashSet<string> Schema { get; private init; } = new(StringComparer.Ordinal);

    public FakeGraphState Clone()
    {
        var copy = new FakeGraphState
        {
            Nodes = Nodes.ToDictionary(p => p.Key, p => p.Value.Copy()),
            Relationships = Relationships.ToDictionary(p => p.Key, p => p.Value.Copy()),
            Schema = new HashSet<string>(Schema, StringComparer.Ordinal),
        };
        copy._nextId = _nextId;
        return copy;
    }

    public FakeNode CreateNode(IEnumerable<string> labels)
    {
        var node = new FakeNode(++_nextId, new HashSet<string>(labels, StringComparer.Ordinal), new Dictionary<string, object?>(StringComparer.Ordinal));
        Nodes[node.Id] = node;
        return node;
    }

    public FakeRelationship CreateRelationship(string type, long start, long end)
    {
        var relationship = new FakeRelationship(++_nextId, type, start, end, new Dictionary<string, object?>(StringComparer.Ordinal));
        Relationships[relationship.Id] = relationship;
        return relationship;
    }

    public IEnumerable<FakeNode> Labelled(string label) => Nodes.Values.Where(n => n.Labels.Contains(label));

    public FakeNode? GraphNode(object? id) =>
        id is string s ? Labelled("KgNode").FirstOrDefault(n => n.Props.TryGetValue("id", out var v) && v is string x && x == s) : null;

    public string IdOf(long nodeId) => (string)Nodes[nodeId].Props["id"]!;

    public void DetachDelete(FakeNode node)
    {
        foreach (var r in Relationships.Values.Where(r => r.Start == node.Id || r.End == node.Id).ToList())
        {
            Relationships.Remove(r.Id);
        }

        Nodes.Remove(node.Id);
    }
}
