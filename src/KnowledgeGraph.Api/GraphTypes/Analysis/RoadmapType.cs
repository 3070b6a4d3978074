using GraphQL.Types;
using KnowledgeGraph.Analytics.Roadmap;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>The road to a goal: unmet prerequisites in an order they can be met, the critical chain and the best unblocker.</summary>
internal sealed class RoadmapType : ObjectGraphType<RoadmapPlan>
{
    public RoadmapType()
    {
        Name = "Roadmap";
        Description = "The road to a goal: unmet prerequisites in an order they can be met, the critical chain and the best unblocker.";
        AddField(MakeField("goalId", NonNull("ID"), null, c => S(c.Source).GoalId));
        AddField(MakeField("goal", NonNull("Node"), null, c => c.Loader().LoadNode(S(c.Source).GoalId)));
        AddField(MakeField("goalMet", NonNull("Boolean"), null, c => S(c.Source).GoalMet));
        AddField(MakeField("holderCountries", ListOf("ID"), null, c => S(c.Source).HolderCountries));
        AddField(MakeField("prerequisites", ListOf("RoadmapItem"), "Every prerequisite, direct or through sub-objectives.", c => S(c.Source).Prerequisites));
        AddField(MakeField("unmetInOrder", ListOf("RoadmapItem"), "Unmet prerequisites, each after its own prerequisites.", c => S(c.Source).UnmetInOrder));
        AddField(MakeField("criticalChain", ListOf("RoadmapItem"), "The longest run of unmet prerequisites, first to meet first.", c => S(c.Source).CriticalChain));
        AddField(MakeField("bestUnblocker", Ref("RoadmapUnblocker"), null, c => S(c.Source).BestUnblocker));
        AddField(MakeField("subgraph", NonNull("Subgraph"), "The goal, its prerequisites and the REQUIRES edges among them, for drawing.", c => AnalysisSubgraphs.BuildAsync(c, S(c.Source).Prerequisites.Select(p => p.Id).Prepend(S(c.Source).GoalId), null)));
    }

    private static RoadmapPlan S(object? source) => (RoadmapPlan)source!;
}
