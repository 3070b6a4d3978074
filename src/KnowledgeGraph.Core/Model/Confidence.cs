namespace KnowledgeGraph.Core.Model;

/// <summary>How far a fact is trusted. Wire names are lower case (high, medium, low).</summary>
public enum Confidence
{
    High,
    Medium,
    Low,
}
