using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Links;

/// <summary>A relationship seen from one of its ends (<see cref="OwnerId"/>); <see cref="OtherId"/> is the far end.</summary>
internal sealed record Link(string OwnerId, Relationship Relationship)
{
    public string OtherId => Relationship.From == OwnerId ? Relationship.To : Relationship.From;
}
