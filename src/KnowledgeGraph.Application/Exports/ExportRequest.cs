using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Application.Exports;

/// <summary>
/// What to export: a <see cref="Scope"/> (the neighbourhood of <see cref="Id"/> to <see cref="Depth"/> hops over
/// <see cref="Types"/>, all types when null), optionally as of a date (only what was valid on it), optionally with the
/// analytics attributes per node. Build one with <see cref="ExportParameters.Parse"/> to get the checks.
/// </summary>
public sealed record ExportRequest
{
    public const int MinDepth = 1;
    public const int MaxDepth = 5;
    public const int DefaultDepth = 1;

    public ExportScope Scope { get; init; } = ExportScope.All;

    public string? Id { get; init; }

    /// <summary>Hops from <see cref="Id"/>; <see cref="DefaultDepth"/> when null. Only for the neighbourhood scope.</summary>
    public int? Depth { get; init; }

    public IReadOnlyCollection<RelationshipType>? Types { get; init; }

    public DateOnly? AsOf { get; init; }

    /// <summary>Adds <c>betweenness</c>, <c>articulationPoint</c>, <c>coreNumber</c> and <c>rank</c> to the actors of the coordination network.</summary>
    public bool Analytics { get; init; }
}
