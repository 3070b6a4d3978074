namespace KnowledgeGraph.Core.Schema;

/// <summary>The value types a property may hold; each maps to one CLR type of <see cref="Model.PropertyValues"/>.</summary>
public enum PropertyType
{
    String,
    Integer,
    Float,
    Boolean,
    Date,
    StringList,
}
