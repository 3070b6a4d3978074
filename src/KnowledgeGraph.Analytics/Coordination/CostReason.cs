using System.Globalization;

namespace KnowledgeGraph.Analytics.Coordination;

/// <summary>One part of a link's cost: how much it adds and why, in words an analyst reads.</summary>
public sealed record CostReason(double Amount, string Text)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text} (+{Amount:0.##})");
}
