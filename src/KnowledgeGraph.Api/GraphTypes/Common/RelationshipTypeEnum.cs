using GraphQL.Types;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Common;

/// <summary>Relationship types; the GraphQL values are the wire names (PART_OF, MEMBER_OF, ...).</summary>
internal sealed class RelationshipTypeEnum : EnumerationGraphType
{
    public RelationshipTypeEnum()
    {
        Name = "RelationshipType";
        Description = "The types of relationships, by their wire names.";
        foreach (var type in RelationshipTypes.All)
        {
            Add(type.ToWireName(), type, Core.Schema.DomainSchema.Relationships[type].Description);
        }
    }
}
