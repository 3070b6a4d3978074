using GraphQL.Types;
using KnowledgeGraph.Analytics.Interoperability;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>One chain of coordination between two institutions, each hop explained, with the competency gaps of its ends.</summary>
internal sealed class InteroperabilityPathType : ObjectGraphType<InteroperabilityPath>
{
    public InteroperabilityPathType()
    {
        Name = "InteroperabilityPath";
        Description = "One chain of coordination between two institutions, each hop explained, with the competency gaps of its ends.";
        AddField(MakeField("rank", NonNull("Int"), "1 = cheapest.", c => S(c.Source).Rank));
        AddField(MakeField("cost", NonNull("Float"), "Sum of the hop costs.", c => S(c.Source).Cost));
        AddField(MakeField("nodeIds", ListOf("ID"), "The chain, start to end.", c => S(c.Source).NodeIds));
        AddField(MakeField("nodes", ListOf("Node"), "The chain as nodes.", c => AnalysisSubgraphs.Nodes(c, S(c.Source).NodeIds)));
        AddField(MakeField("hops", ListOf("NetworkLink"), null, c => S(c.Source).Hops));
        AddField(MakeField("gaps", ListOf("CompetencyGap"), null, c => S(c.Source).Gaps));
        AddField(MakeField("subgraph", NonNull("Subgraph"), "The chain as nodes and edges, for drawing.", c => AnalysisSubgraphs.BuildAsync(c, S(c.Source).NodeIds, S(c.Source).Hops.SelectMany(h => h.RelationshipIds))));
    }

    private static InteroperabilityPath S(object? source) => (InteroperabilityPath)source!;
}
