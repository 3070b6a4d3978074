namespace KnowledgeGraph.Core.Model;

/// <summary>A node of the graph: an institution, agreement, mechanism, ... with provenance and confidence.</summary>
public sealed record Node
{
    public required string Id { get; init; }

    public required NodeKind Kind { get; init; }

    public required string Name { get; init; }

    /// <summary>Other names, Spanish and English, and acronyms; searched with the name.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>Kind-specific properties (see <see cref="Schema.DomainSchema"/>); values per <see cref="PropertyValues"/>.</summary>
    public IReadOnlyDictionary<string, object> Properties { get; init; } = EmptyProperties;

    public Provenance Provenance { get; init; } = Provenance.None;

    public Confidence Confidence { get; init; } = Confidence.Medium;

    /// <summary>Whether a cited source states the fact, the curators inferred it, or it is a curators' estimate.</summary>
    public Basis Basis { get; init; } = Basis.Inferred;

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    internal static IReadOnlyDictionary<string, object> EmptyProperties { get; } = new Dictionary<string, object>();

    /// <summary>True when the node is valid on <paramref name="date"/> (open ends are unbounded).</summary>
    public bool IsValidOn(DateOnly date) => Validity.Contains(ValidFrom, ValidTo, date);

    public string? GetString(string property) => Properties.TryGetValue(property, out var v) ? v as string : null;

    public bool Equals(Node? other) =>
        other is not null
        && Id == other.Id && Kind == other.Kind && Name == other.Name && Description == other.Description
        && Confidence == other.Confidence && Basis == other.Basis && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && Provenance.Equals(other.Provenance)
        && PropertyValues.AreEqual(Properties, other.Properties);

    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name);
}
