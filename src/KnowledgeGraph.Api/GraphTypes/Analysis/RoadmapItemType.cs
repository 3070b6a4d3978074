using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Analytics.Roadmap;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>A prerequisite of a goal: whether it is met on the date and why.</summary>
internal sealed class RoadmapItemType : ObjectGraphType<RoadmapItem>
{
    public RoadmapItemType()
    {
        Name = "RoadmapItem";
        Description = "A prerequisite of a goal: whether it is met on the date and why.";
        AddField(MakeField("id", NonNull("ID"), null, c => S(c.Source).Id));
        AddField(MakeField("name", NonNull("String"), null, c => S(c.Source).Name));
        AddField(MakeField("kind", NonNull("NodeKind"), null, c => S(c.Source).Kind));
        AddField(MakeField("met", NonNull("Boolean"), null, c => S(c.Source).Met));
        AddField(MakeField("reason", NonNull("String"), "Why it is (not) met.", c => S(c.Source).Reason));
        AddField(MakeField("node", NonNull("Node"), "The node itself.", c => c.Loader().LoadNode(S(c.Source).Id)));
    }

    private static RoadmapItem S(object? source) => (RoadmapItem)source!;
}
