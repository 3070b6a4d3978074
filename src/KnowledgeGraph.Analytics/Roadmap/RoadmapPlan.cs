namespace KnowledgeGraph.Analytics.Roadmap;

/// <summary>
/// The road to a goal: every prerequisite with its status, the unmet ones in an order they can be met (each after
/// its own prerequisites), the critical chain (the longest run of unmet prerequisites, first to meet first), and the
/// best unblocker. <see cref="Cycle"/> is set (node ids, in REQUIRES order) when the requirements loop, and then
/// nothing else is computed.
/// </summary>
public sealed record RoadmapPlan(
    string GoalId,
    bool GoalMet,
    IReadOnlyList<string> HolderCountries,
    IReadOnlyList<RoadmapItem> Prerequisites,
    IReadOnlyList<RoadmapItem> UnmetInOrder,
    IReadOnlyList<RoadmapItem> CriticalChain,
    RoadmapUnblocker? BestUnblocker,
    IReadOnlyList<string>? Cycle);
