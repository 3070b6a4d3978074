using KnowledgeGraph.Analytics.Coordination;

namespace KnowledgeGraph.Analytics.Interoperability;

/// <summary>One chain of coordination between two institutions: its hops (each explained), total cost, and the competency gaps of its ends.</summary>
public sealed record InteroperabilityPath(
    int Rank,
    double Cost,
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<CoordinationLinkInfo> Hops,
    IReadOnlyList<CompetencyGap> Gaps);
