namespace KnowledgeGraph.Interchange.Exports;

/// <summary>One exported attribute of nodes or relationships: a unique name, a type, and how to read it.</summary>
internal sealed class ExportColumn<T>(string name, ColumnType type, Func<T, object?> read)
{
    public string Name { get; } = name;

    public ColumnType Type { get; } = type;

    /// <summary>The value of <paramref name="item"/> in this column's type, or null when it has none (empty lists count as none).</summary>
    public object? ValueOf(T item)
    {
        var value = ExportValues.Normalize(read(item));
        return value is null or IReadOnlyList<string> { Count: 0 } ? null : ExportValues.Coerce(value, Type);
    }
}
