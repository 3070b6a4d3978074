namespace KnowledgeGraph.Analytics.Centrality;

/// <summary>Brandes' per-node scratch read together along shortest paths: path count and dependency.</summary>
internal struct NodeState
{
    public double Sigma;
    public double Delta;
}
