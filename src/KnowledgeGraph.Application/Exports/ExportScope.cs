namespace KnowledgeGraph.Application.Exports;

/// <summary>Which part of the graph an export holds.</summary>
public enum ExportScope
{
    /// <summary>Every node and relationship.</summary>
    All,

    /// <summary>The nodes within a depth of one node and the relationships among them.</summary>
    Neighbourhood,

    /// <summary>The coordination network the analyses run on (ADR-030): actors and their costed links.</summary>
    Coordination,
}
