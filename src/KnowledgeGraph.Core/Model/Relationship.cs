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

    /// <summary>Whether a cited source states the fact, the curators inferred it, or it is a curators' estimate.</summary>
    public Basis Basis { get; init; } = Basis.Inferred;

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public static string DefaultId(string from, RelationshipType type, string to) => DefaultId(from, type.ToWireName(), to);

    /// <summary>
    /// <see cref="DefaultId(string, RelationshipType, string)"/> from a type's wire name as text, for a stored row whose
    /// type or ends may not parse (error messages, integrity checks).
    /// </summary>
    public static string DefaultId(string from, string typeWireName, string to) => $"{from}--{typeWireName}->{to}";

    /// <summary>
    /// Splits an id of the <see cref="DefaultId"/> form into its ends and type. Node ids are kebab-case (no <c>--</c>),
    /// so the first <c>--</c> ends the source and the next <c>-&gt;</c> ends the type.
    /// </summary>
    public static bool TryParseDefaultId(string id, out string from, out RelationshipType type, out string to)
    {
        ArgumentNullException.ThrowIfNull(id);
        from = to = string.Empty;
        type = default;
        var dashes = id.IndexOf("--", StringComparison.Ordinal);
        var arrow = dashes < 1 ? -1 : id.IndexOf("->", dashes + 2, StringComparison.Ordinal);
        if (arrow < 0 || arrow + 2 == id.Length || !RelationshipTypes.TryParse(id[(dashes + 2)..arrow], out type))
        {
            return false;
        }

        from = id[..dashes];
        to = id[(arrow + 2)..];
        return true;
    }

    /// <summary>
    /// True when <see cref="Id"/> is <see cref="DefaultId"/> of this relationship, compared piece by piece: building
    /// that string for each of millions of relationships only to compare it costs a good part of a bulk load.
    /// </summary>
    public bool HasDefaultId()
    {
        var id = Id.AsSpan();
        var type = Type.ToWireName();
        if (id.Length != From.Length + type.Length + To.Length + 4 || !id.StartsWith(From, StringComparison.Ordinal))
        {
            return false;
        }

        id = id[From.Length..];
        if (!id.StartsWith("--", StringComparison.Ordinal) || !id[2..].StartsWith(type, StringComparison.Ordinal))
        {
            return false;
        }

        id = id[(2 + type.Length)..];
        return id.StartsWith("->", StringComparison.Ordinal) && id[2..].SequenceEqual(To);
    }

    public bool IsValidOn(DateOnly date) => Validity.Contains(ValidFrom, ValidTo, date);

    public bool Equals(Relationship? other) =>
        other is not null
        && Id == other.Id && Type == other.Type && From == other.From && To == other.To
        && Description == other.Description && Confidence == other.Confidence && Basis == other.Basis
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo
        && Provenance.Equals(other.Provenance)
        && PropertyValues.AreEqual(Properties, other.Properties);

    public override int GetHashCode() => HashCode.Combine(Id, Type, From, To);
}
