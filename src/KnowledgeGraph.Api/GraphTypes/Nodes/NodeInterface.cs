using GraphQL.Types;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Nodes;

/// <summary>What every node has; the concrete type is the node's kind.</summary>
internal sealed class NodeInterface : InterfaceGraphType<Node>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Any node of the graph; use a fragment (... on Institution) for kind-specific fields.";
        NodeFields.AddCommon(this);
    }
}
