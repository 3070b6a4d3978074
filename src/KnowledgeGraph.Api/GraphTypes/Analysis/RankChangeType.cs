using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Application.Analysis;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>How a node's bottleneck rank moved (null: not in the network on that side).</summary>
internal sealed class RankChangeType : ObjectGraphType<RankChange>
{
    public RankChangeType()
    {
        Name = "RankChange";
        Description = "How a node's bottleneck rank moved (null: not in the network on that side).";
        AddField(MakeField("nodeId", NonNull("ID"), null, c => S(c.Source).NodeId));
        AddField(MakeField("rankBefore", Ref("Int"), null, c => S(c.Source).RankBefore));
        AddField(MakeField("rankAfter", Ref("Int"), null, c => S(c.Source).RankAfter));
        AddField(MakeField("betweennessBefore", Ref("Float"), null, c => S(c.Source).BetweennessBefore));
        AddField(MakeField("betweennessAfter", Ref("Float"), null, c => S(c.Source).BetweennessAfter));
        AddField(MakeField("node", Ref("Node"), "The node (null when the what-if removed it).", c => c.Loader().LoadNode(S(c.Source).NodeId)));
    }

    private static RankChange S(object? source) => (RankChange)source!;
}
