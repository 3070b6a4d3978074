using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphTypes.Nodes;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Links;

/// <summary>A relationship as a drawable edge (source and target ids), for neighbourhoods and analysis subgraphs.</summary>
internal sealed class GraphEdgeType : ObjectGraphType<Relationship>
{
    public GraphEdgeType()
    {
        Name = "GraphEdge";
        Description = "A directed relationship as an edge between two node ids, with its properties.";
        AddField(MakeField("id", NonNull("ID"), null, c => R(c).Id));
        AddField(MakeField("type", NonNull("RelationshipType"), null, c => R(c).Type));
        AddField(MakeField("source", NonNull("ID"), "Id of the node the relationship starts from.", c => R(c).From));
        AddField(MakeField("target", NonNull("ID"), "Id of the node the relationship points to.", c => R(c).To));
        AddField(MakeField("from", NonNull("Node"), "The node the relationship starts from.", c => c.Loader().LoadNode(R(c).From)));
        AddField(MakeField("to", NonNull("Node"), "The node the relationship points to.", c => c.Loader().LoadNode(R(c).To)));
        AddField(MakeField("properties", ListOf("PropertyValue"), null, c => R(c).Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList()));
        AddField(MakeField("description", Ref("String"), null, c => R(c).Description));
        AddField(MakeField("confidence", NonNull("Confidence"), null, c => R(c).Confidence));
        AddField(MakeField("provenance", NonNull("Provenance"), null, c => R(c).Provenance));
        AddField(MakeField("validFrom", Ref("Date"), null, c => R(c).ValidFrom));
        AddField(MakeField("validTo", Ref("Date"), null, c => R(c).ValidTo));
    }

    private static Relationship R(IResolveFieldContext context) => (Relationship)context.Source!;
}
