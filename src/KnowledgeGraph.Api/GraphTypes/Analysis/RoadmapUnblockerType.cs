using GraphQL.Types;
using KnowledgeGraph.Analytics.Roadmap;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>The prerequisite that unblocks most.</summary>
internal sealed class RoadmapUnblockerType : ObjectGraphType<RoadmapUnblocker>
{
    public RoadmapUnblockerType()
    {
        Name = "RoadmapUnblocker";
        Description = "The prerequisite that unblocks most.";
        AddField(MakeField("id", NonNull("ID"), null, c => S(c.Source).Id));
        AddField(MakeField("name", NonNull("String"), null, c => S(c.Source).Name));
        AddField(MakeField("waiting", NonNull("Int"), "Unmet items waiting on it.", c => S(c.Source).Waiting));
        AddField(MakeField("completes", NonNull("Int"), "Objectives meeting it completes at once.", c => S(c.Source).Completes));
    }

    private static RoadmapUnblocker S(object? source) => (RoadmapUnblocker)source!;
}
