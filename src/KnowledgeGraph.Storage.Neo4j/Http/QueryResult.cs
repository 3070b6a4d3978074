namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>One Query API response: the fields, the rows of decoded typed-JSON values, bookmarks and, inside an explicit transaction, its id.</summary>
internal sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<object?[]> Rows,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId,
    string? ClusterAffinity)
{
    public static QueryResult Empty { get; } = new([], [], [], null, null);

    /// <summary>The value of <paramref name="field"/> in <paramref name="row"/>.</summary>
    public object? Get(object?[] row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i], field, StringComparison.Ordinal))
            {
                return row[i];
            }
        }

        throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
    }
}
