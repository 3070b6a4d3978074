using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>Counts per node kind and per relationship type.</summary>
public sealed record GraphStats(IReadOnlyDictionary<NodeKind, long> Nodes, IReadOnlyDictionary<RelationshipType, long> Relationships)
{
    public long NodeCount => Nodes.Values.Sum();

    public long RelationshipCount => Relationships.Values.Sum();
}
