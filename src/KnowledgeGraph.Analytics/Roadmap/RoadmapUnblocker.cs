namespace KnowledgeGraph.Analytics.Roadmap;

/// <summary>The prerequisite that unblocks most: <see cref="Waiting"/> unmet items wait on it; meeting it completes <see cref="Completes"/> objectives at once.</summary>
public sealed record RoadmapUnblocker(string Id, string Name, int Waiting, int Completes);
