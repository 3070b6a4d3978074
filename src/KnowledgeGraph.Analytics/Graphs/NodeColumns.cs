namespace KnowledgeGraph.Analytics.Graphs;

/// <summary>Node attributes of a <see cref="GraphSnapshot"/>, one array per attribute, trimmed to <see cref="Count"/>.</summary>
internal sealed record NodeColumns(
    int Count,
    string[] Ids,
    string[] Names,
    byte[] Kinds,
    byte[] Confidence,
    string?[] Categories,
    int[] ValidFrom,
    int[] ValidTo);
