namespace KnowledgeGraph.Analytics.Graphs;

/// <summary>Relationship attributes of a <see cref="GraphSnapshot"/>, one array per attribute, trimmed to <see cref="Count"/>.</summary>
internal sealed record EdgeColumns(
    int Count,
    int[] From,
    int[] To,
    byte[] Types,
    byte[] Confidence,
    short[] Levels,
    double[] Weights,
    string?[] References,
    string?[] ExplicitIds,
    int[] ValidFrom,
    int[] ValidTo);
