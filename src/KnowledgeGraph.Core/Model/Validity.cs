namespace KnowledgeGraph.Core.Model;

/// <summary>Closed date intervals of facts that change over time; a missing end is unbounded.</summary>
public static class Validity
{
    public static bool Contains(DateOnly? validFrom, DateOnly? validTo, DateOnly date) =>
        (validFrom is null || validFrom.Value <= date) && (validTo is null || date <= validTo.Value);
}
