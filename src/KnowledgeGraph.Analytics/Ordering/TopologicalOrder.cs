namespace KnowledgeGraph.Analytics.Ordering;

/// <summary>A topological order, or the cycle that prevents one (its nodes in edge order, the first not repeated).</summary>
public sealed record TopologicalOrder(IReadOnlyList<int> Order, IReadOnlyList<int>? Cycle)
{
    public bool HasCycle => Cycle is not null;
}
