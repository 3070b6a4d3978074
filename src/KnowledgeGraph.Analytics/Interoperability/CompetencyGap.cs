namespace KnowledgeGraph.Analytics.Interoperability;

/// <summary>A competency the two ends hold at different levels (0 when not held) and the agreements that build it.</summary>
public sealed record CompetencyGap(
    string CompetencyId,
    string CompetencyName,
    int FromLevel,
    int ToLevel,
    IReadOnlyList<BuildingAgreement> Agreements);
