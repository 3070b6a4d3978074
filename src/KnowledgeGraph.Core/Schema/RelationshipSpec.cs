using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Schema;

/// <summary>What a relationship type allows: the kinds at each end and its properties.</summary>
public sealed record RelationshipSpec(
    RelationshipType Type,
    IReadOnlySet<NodeKind> FromKinds,
    IReadOnlySet<NodeKind> ToKinds,
    IReadOnlyList<PropertySpec> Properties,
    string Description)
{
    public bool Allows(NodeKind from, NodeKind to) => FromKinds.Contains(from) && ToKinds.Contains(to);
}
