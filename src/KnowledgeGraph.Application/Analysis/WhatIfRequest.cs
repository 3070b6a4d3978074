using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>
/// A hypothetical change applied to an in-memory copy of the graph (nothing is written): nodes removed with their
/// relationships, nodes and relationships added (e.g. a new agreement and its parties), relationships removed.
/// Bottlenecks are compared before and after; paths too when <see cref="PathFrom"/> and <see cref="PathTo"/> are set.
/// </summary>
public sealed record WhatIfRequest
{
    public IReadOnlyList<string> RemoveNodeIds { get; init; } = [];

    public IReadOnlyList<Node> AddNodes { get; init; } = [];

    public IReadOnlyList<Relationship> AddRelationships { get; init; } = [];

    public IReadOnlyList<string> RemoveRelationshipIds { get; init; } = [];

    public DateOnly? AsOf { get; init; }

    public BottleneckQuery Bottlenecks { get; init; } = new();

    public string? PathFrom { get; init; }

    public string? PathTo { get; init; }

    public int K { get; init; } = 3;
}
