using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>Confidence wire names (<c>high</c>, <c>medium</c>, <c>low</c>).</summary>
internal static class ConfidenceNames
{
    public static string ToWire(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        Confidence.Low => "low",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Unknown confidence."),
    };

    public static bool TryParse(string? text, out Confidence confidence)
    {
        foreach (var c in Enum.GetValues<Confidence>())
        {
            if (string.Equals(ToWire(c), text, StringComparison.OrdinalIgnoreCase))
            {
                confidence = c;
                return true;
            }
        }

        confidence = default;
        return false;
    }
}
