using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>What <see cref="CsvGraphImporter"/> reads and how it types the rows.</summary>
public sealed record CsvImportOptions
{
    public const int DefaultBatchSize = 50_000;

    /// <summary>Nodes file with header <c>id[,name]</c>.</summary>
    public required string NodesPath { get; init; }

    /// <summary>Edges file with header <c>src,dst[,weight]</c>.</summary>
    public required string EdgesPath { get; init; }

    /// <summary>The nodes file as the user wrote it, for messages (defaults to <see cref="NodesPath"/>).</summary>
    public string? NodesDisplayPath { get; init; }

    /// <summary>The edges file as the user wrote it, for messages (defaults to <see cref="EdgesPath"/>).</summary>
    public string? EdgesDisplayPath { get; init; }

    public NodeKind NodeKind { get; init; } = NodeKind.Institution;

    public RelationshipType RelationshipType { get; init; } = RelationshipType.CoordinatesWith;

    public int BatchSize { get; init; } = DefaultBatchSize;
}
