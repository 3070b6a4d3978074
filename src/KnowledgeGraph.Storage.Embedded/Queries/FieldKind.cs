namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>How filter values of a field are converted to SQL values.</summary>
internal enum FieldKind
{
    /// <summary>id and name: text columns.</summary>
    Text,

    /// <summary>confidence: the enum's rank (high = 0, medium = 1, low = 2).</summary>
    Confidence,

    /// <summary>validFrom, validTo: ISO date text.</summary>
    Date,

    /// <summary>A kind property read with <c>json_extract</c>.</summary>
    Property,
}
