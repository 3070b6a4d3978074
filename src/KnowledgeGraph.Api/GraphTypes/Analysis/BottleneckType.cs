using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Application.Analysis;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>A node ranked by how much coordination passes through it.</summary>
internal sealed class BottleneckType : ObjectGraphType<BottleneckRow>
{
    public BottleneckType()
    {
        Name = "Bottleneck";
        Description = "A node ranked by how much coordination passes through it.";
        AddField(MakeField("rank", NonNull("Int"), "1 = most coordination passes through it.", c => S(c.Source).Rank));
        AddField(MakeField("nodeId", NonNull("ID"), null, c => S(c.Source).NodeId));
        AddField(MakeField("name", NonNull("String"), null, c => S(c.Source).Name));
        AddField(MakeField("kind", NonNull("NodeKind"), null, c => S(c.Source).Kind));
        AddField(MakeField("betweenness", NonNull("Float"), "Betweenness centrality.", c => S(c.Source).Betweenness));
        AddField(MakeField("articulationPoint", NonNull("Boolean"), "True when removing it disconnects others (single point of failure).", c => S(c.Source).ArticulationPoint));
        AddField(MakeField("dependants", NonNull("Int"), "Actors depending on it over DEPENDS_ON, transitively.", c => S(c.Source).Dependants));
        AddField(MakeField("directDependants", NonNull("Int"), "Actors depending on it directly.", c => S(c.Source).DirectDependants));
        AddField(MakeField("coreNumber", NonNull("Int"), "How deep in the densely connected core it sits.", c => S(c.Source).CoreNumber));
        AddField(MakeField("node", NonNull("Node"), "The node itself.", c => c.Loader().LoadNode(S(c.Source).NodeId)));
    }

    private static BottleneckRow S(object? source) => (BottleneckRow)source!;
}
