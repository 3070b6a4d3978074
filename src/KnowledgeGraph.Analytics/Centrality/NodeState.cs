namespace KnowledgeGraph.Analytics.Centrality;

/// <summary>Brandes' per-node scratch kept together: shortest-path count, dependency and hop count (-1: unvisited).</summary>
internal struct NodeState
{
    public double Sigma;
    public double Delta;
    public int Hops;
}
