using GraphQL.Types;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>Result of upsertNode.</summary>
internal sealed class NodePayloadType : ObjectGraphType<NodePayload>
{
    public NodePayloadType()
    {
        Name = "UpsertNodePayload";
        AddField(MakeField("node", NonNull("Node"), "The node as stored.", c => ((NodePayload)c.Source!).Node));
        AddField(MakeField("created", NonNull("Boolean"), "True when the id was new.", c => ((NodePayload)c.Source!).Created));
        AddField(MakeField("changed", NonNull("Boolean"), "False when the stored node was already identical.", c => ((NodePayload)c.Source!).Changed));
        AddField(MakeField("revision", NonNull("String"), "Store revision after the write.", c => ((NodePayload)c.Source!).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
