using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Analytics.Coordination;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>A costed link of the coordination network, explained.</summary>
internal sealed class NetworkLinkType : ObjectGraphType<CoordinationLinkInfo>
{
    public NetworkLinkType()
    {
        Name = "NetworkLink";
        Description = "A costed link of the coordination network, explained.";
        AddField(MakeField("source", NonNull("ID"), "Id of one end.", c => S(c.Source).From));
        AddField(MakeField("target", NonNull("ID"), "Id of the other end.", c => S(c.Source).To));
        AddField(MakeField("from", NonNull("Node"), "One end.", c => c.Loader().LoadNode(S(c.Source).From)));
        AddField(MakeField("to", NonNull("Node"), "The other end.", c => c.Loader().LoadNode(S(c.Source).To)));
        AddField(MakeField("cost", NonNull("Float"), "Lower is easier: permanent mechanisms are cheap, barriers and low confidence costly.", c => S(c.Source).Cost));
        AddField(MakeField("channel", NonNull("String"), "The cheapest channel joining the pair.", c => S(c.Source).Channel));
        AddField(MakeField("channelCount", NonNull("Int"), "How many channels join the pair.", c => S(c.Source).ChannelCount));
        AddField(MakeField("relationshipIds", ListOf("ID"), "Relationships of the chosen channel.", c => S(c.Source).RelationshipIds));
        AddField(MakeField("reasons", ListOf("CostReason"), "What adds up to the cost.", c => S(c.Source).Reasons));
    }

    private static CoordinationLinkInfo S(object? source) => (CoordinationLinkInfo)source!;
}
