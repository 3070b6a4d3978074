using GraphQL.Types;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>Result of addRelationship.</summary>
internal sealed class RelationshipPayloadType : ObjectGraphType<RelationshipPayload>
{
    public RelationshipPayloadType()
    {
        Name = "AddRelationshipPayload";
        AddField(MakeField("relationship", NonNull("GraphEdge"), "The relationship as stored.", c => ((RelationshipPayload)c.Source!).Relationship));
        AddField(MakeField("created", NonNull("Boolean"), "True when the id was new.", c => ((RelationshipPayload)c.Source!).Created));
        AddField(MakeField("changed", NonNull("Boolean"), "False when the stored relationship was already identical.", c => ((RelationshipPayload)c.Source!).Changed));
        AddField(MakeField("revision", NonNull("String"), "Store revision after the write.", c => ((RelationshipPayload)c.Source!).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
