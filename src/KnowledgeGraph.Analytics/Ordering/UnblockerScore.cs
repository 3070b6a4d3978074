namespace KnowledgeGraph.Analytics.Ordering;

/// <summary>
/// How much meeting one prerequisite helps: <see cref="Waiting"/> unmet nodes depend on it (directly or through
/// others, the goal included) and <see cref="Completes"/> objectives become met the moment it is.
/// </summary>
public sealed record UnblockerScore(int Node, int Waiting, int Completes);
