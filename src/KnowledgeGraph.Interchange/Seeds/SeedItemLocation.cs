namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>Where a seed item and each of its fields are written; list fields also keep where each entry is.</summary>
internal sealed class SeedItemLocation(SourceLocation item)
{
    private readonly Dictionary<string, SourceLocation> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Field, string Value), SourceLocation> _entries = [];

    public SourceLocation Item { get; } = item;

    public void AddField(string field, SourceLocation location) => _fields[field] = location;

    public void AddEntry(string field, string value, SourceLocation location) => _entries.TryAdd((field, value), location);

    public bool HasField(string field) => _fields.ContainsKey(field);

    /// <summary>The entry of a list field when known, else the field, else the item itself.</summary>
    public SourceLocation Locate(string? field, string? entry = null)
    {
        if (field is null)
        {
            return Item;
        }

        if (entry is not null && _entries.TryGetValue((field, entry), out var e))
        {
            return e;
        }

        return _fields.TryGetValue(field, out var f) ? f : Item;
    }
}
