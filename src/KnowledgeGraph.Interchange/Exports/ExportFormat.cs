namespace KnowledgeGraph.Interchange.Exports;

/// <summary>The file formats a subgraph can be exported to, for the tools analysts draw graphs with.</summary>
public enum ExportFormat
{
    /// <summary>GraphML 1.0 with typed keys (Gephi, Cytoscape, yEd, networkx).</summary>
    GraphML,

    /// <summary>GEXF 1.3 (Gephi).</summary>
    Gexf,

    /// <summary>Cytoscape.js JSON, <c>{"elements":{"nodes":[...],"edges":[...]}}</c> (Cytoscape, Cytoscape.js).</summary>
    CytoscapeJson,

    /// <summary>Graphviz DOT.</summary>
    Dot,

    /// <summary>nodes.csv and edges.csv (RFC 4180), zipped when written to one stream.</summary>
    Csv,
}
