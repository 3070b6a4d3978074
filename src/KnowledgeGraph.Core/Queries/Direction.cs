namespace KnowledgeGraph.Core.Queries;

/// <summary>Direction of a relationship as seen from a node.</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
