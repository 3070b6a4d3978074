using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>
/// One node of the coordination network ranked by betweenness (rank 1 = most coordination passes through it), with
/// whether removing it disconnects others, how many actors depend on it over DEPENDS_ON (transitively and directly),
/// and its core number (how deep in the densely connected core it sits).
/// </summary>
public sealed record BottleneckRow(
    string NodeId,
    string Name,
    NodeKind Kind,
    int Rank,
    double Betweenness,
    bool ArticulationPoint,
    int Dependants,
    int DirectDependants,
    int CoreNumber);
