namespace KnowledgeGraph.Analytics.Coordination;

/// <summary>
/// A link of the coordination network explained: its ends (node ids), cost, the relationships of the chosen
/// (cheapest) channel, how many channels connect the pair, and the reasons that add up to the cost.
/// </summary>
public sealed record CoordinationLinkInfo(
    int Link,
    string From,
    string To,
    double Cost,
    string Channel,
    IReadOnlyList<string> RelationshipIds,
    int ChannelCount,
    IReadOnlyList<CostReason> Reasons);
