namespace KnowledgeGraph.Core.Model;

/// <summary>Where a fact comes from: ids of Source nodes and a short note or quote.</summary>
public sealed record Provenance(IReadOnlyList<string> Sources, string? Note = null)
{
    public static Provenance None { get; } = new([], null);

    public bool Equals(Provenance? other) =>
        other is not null && Note == other.Note && Sources.SequenceEqual(other.Sources, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Note, Sources.Count);
}
