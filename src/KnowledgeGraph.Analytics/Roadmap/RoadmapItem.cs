using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Roadmap;

/// <summary>One prerequisite of the goal (direct or through sub-objectives): whether it is met on the date and why.</summary>
public sealed record RoadmapItem(string Id, string Name, NodeKind Kind, bool Met, string Reason);
