namespace KnowledgeGraph.Interchange.Exports;

/// <summary>The value type of an export column, inferred from the values present.</summary>
internal enum ColumnType
{
    String,
    Long,
    Double,
    Boolean,
    Date,
    StringList,
}
