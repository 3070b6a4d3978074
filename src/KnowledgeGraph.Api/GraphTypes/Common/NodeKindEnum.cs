using GraphQL.Types;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Common;

internal sealed class NodeKindEnum : EnumerationGraphType<NodeKind>
{
    public NodeKindEnum()
    {
        Name = "NodeKind";
        Description = "The kinds (labels) of nodes.";
    }
}
