using GraphQL.Types;
using KnowledgeGraph.Core.Queries;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Links;

/// <summary>Nodes and the edges among them, ready for a drawing tool.</summary>
internal sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "A set of nodes and the edges among them, for visualisation tools.";
        AddField(MakeField("nodes", ListOf("Node"), null, c => ((Subgraph)c.Source!).Nodes));
        AddField(MakeField("edges", ListOf("GraphEdge"), null, c => ((Subgraph)c.Source!).Relationships));
    }
}
