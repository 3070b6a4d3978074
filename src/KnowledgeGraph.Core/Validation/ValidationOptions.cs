namespace KnowledgeGraph.Core.Validation;

/// <summary>What the validator insists on beyond the schema.</summary>
public sealed record ValidationOptions
{
    /// <summary>Curated facts (seeds, mutations) must name at least one Source; bulk CSV imports need not.</summary>
    public bool RequireSources { get; init; } = true;

    public static ValidationOptions Curated { get; } = new();

    public static ValidationOptions Import { get; } = new() { RequireSources = false };
}
