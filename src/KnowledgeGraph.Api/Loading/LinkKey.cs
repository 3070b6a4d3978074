using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.Loading;

/// <summary>The relationships of one type touching one node in one direction.</summary>
internal readonly record struct LinkKey(string NodeId, RelationshipType Type, Direction Direction)
{
    public bool Matches(Relationship relationship) =>
        relationship.Type == Type && Direction switch
        {
            Direction.Outgoing => relationship.From == NodeId,
            Direction.Incoming => relationship.To == NodeId,
            _ => relationship.From == NodeId || relationship.To == NodeId,
        };
}
