using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// Relationships in the shape of an edge list: one type, provenance and confidence, default ids, ends given as
/// positions in a shared table of node ids, and an optional <see cref="WeightProperty"/> each. Bulk loaders read
/// millions of these; a store can write them without a <see cref="Relationship"/> object (and its id string) per row.
/// </summary>
public sealed class EdgeBatch
{
    public const string WeightProperty = "weight";

    /// <param name="nodeIds">Node ids by position; shared by all batches of one load, so a store can remember what it resolved.</param>
    /// <param name="capacity">Rows the batch can hold.</param>
    public EdgeBatch(RelationshipType type, Provenance provenance, IReadOnlyList<string> nodeIds, int capacity)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Type = type;
        Provenance = provenance;
        NodeIds = nodeIds;
        From = new int[capacity];
        To = new int[capacity];
        Weights = new double[capacity];
    }

    public RelationshipType Type { get; }

    public Provenance Provenance { get; }

    public Confidence Confidence { get; init; } = Confidence.Medium;

    public IReadOnlyList<string> NodeIds { get; }

    /// <summary>Rows added so far.</summary>
    public int Count { get; private set; }

    public int Capacity => From.Length;

    /// <summary>Positions in <see cref="NodeIds"/> of each row's source.</summary>
    public int[] From { get; }

    /// <summary>Positions in <see cref="NodeIds"/> of each row's target.</summary>
    public int[] To { get; }

    /// <summary>Each row's weight; NaN when the row has none.</summary>
    public double[] Weights { get; }

    /// <summary>Adds a row; <paramref name="weight"/> NaN means none.</summary>
    public void Add(int from, int to, double weight = double.NaN)
    {
        if (Count == Capacity)
        {
            throw new InvalidOperationException($"The batch is full ({Capacity} rows).");
        }

        From[Count] = from;
        To[Count] = to;
        Weights[Count] = weight;
        Count++;
    }

    /// <summary>Row <paramref name="index"/> as a relationship, exactly as a store must store it.</summary>
    public Relationship ToRelationship(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return RelationshipBetween(NodeIds[From[index]], NodeIds[To[index]], Weights[index]);
    }

    /// <summary>
    /// A row of this batch between <paramref name="from"/> and <paramref name="to"/> as a relationship, whether or not
    /// the ids are in <see cref="NodeIds"/> (a loader reports a row with an unknown end with it); NaN weight means none.
    /// </summary>
    public Relationship RelationshipBetween(string from, string to, double weight = double.NaN)
    {
        var relationship = new Relationship
        {
            Id = Relationship.DefaultId(from, Type, to),
            Type = Type,
            From = from,
            To = to,
            Provenance = Provenance,
            Confidence = Confidence,
        };
        return double.IsNaN(weight) ? relationship : relationship with { Properties = new WeightProperties(weight) };
    }

    /// <summary>All rows as relationships.</summary>
    public IReadOnlyList<Relationship> ToRelationships()
    {
        var relationships = new Relationship[Count];
        for (var i = 0; i < Count; i++)
        {
            relationships[i] = ToRelationship(i);
        }

        return relationships;
    }
}
