namespace KnowledgeGraph.Core.Model;

/// <summary>The node labels of the graph. The enum name is the wire name (label, GraphQL type, stats key).</summary>
public enum NodeKind
{
    Country,
    Institution,
    Competency,
    Agreement,
    Mechanism,
    Objective,
    Barrier,
    Source,
}
