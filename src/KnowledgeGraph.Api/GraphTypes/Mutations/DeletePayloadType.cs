using GraphQL.Types;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>Result of deleteNode and removeRelationship.</summary>
internal sealed class DeletePayloadType : ObjectGraphType<DeletePayload>
{
    public DeletePayloadType()
    {
        Name = "DeletePayload";
        AddField(MakeField("id", NonNull("ID"), "The id deleted.", c => ((DeletePayload)c.Source!).Id));
        AddField(MakeField("nodesDeleted", NonNull("Int"), null, c => ((DeletePayload)c.Source!).NodesDeleted));
        AddField(MakeField("relationshipsDeleted", NonNull("Int"), "Including a deleted node's relationships.", c => ((DeletePayload)c.Source!).RelationshipsDeleted));
        AddField(MakeField("revision", NonNull("String"), "Store revision after the write.", c => ((DeletePayload)c.Source!).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
