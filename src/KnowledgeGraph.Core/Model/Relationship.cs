namespace KnowledgeGraph.Core.Model;

/// <summary>A directed, typed relationship between two nodes, with its own properties, provenance and confidence.</summary>
public sealed record Relationship
{
    /// <summary>Stable id; <see cref="DefaultId"/> unless two relationships share type and ends.</summary>
    public required string Id { get; init; }

    public required RelationshipType Type { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public string? Description { get; init; }

    public IReadOnlyDictionary<string, object> Properties { get; init; } = Node.EmptyProperties;

    public Provenance Provenance { get; init; } = Provenance.None;

    public Confidence Confidence { get; init; } = Confidence.Medium;

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public static string DefaultId(string from, RelationshipType type, string to) => $"{from}--{type.ToWireName()}->{to}";

    public bool IsValidOn(DateOnly date) => Validity.Contains(ValidFrom, ValidTo, date);

    public bool Equals(Relationship? other) =>
        other is not null
        && Id == other.Id && Type == other.Type && From == other.From && To == other.To
        && Description == other.Description && Confidence == other.Confidence
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo
        && Provenance.Equals(other.Provenance)
        && PropertyValues.AreEqual(Properties, other.Properties);

    public override int GetHashCode() => HashCode.Combine(Id, Type, From, To);
}
