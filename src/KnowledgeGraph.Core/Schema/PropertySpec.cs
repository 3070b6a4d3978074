using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Schema;

/// <summary>One declared property: its type, whether it is required, and its allowed values or range.</summary>
public sealed record PropertySpec(string Name, PropertyType Type, bool Required = false)
{
    /// <summary>Allowed values of a string property; null means free text.</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    public long? Min { get; init; }

    public long? Max { get; init; }

    /// <summary>For a string that names another node (e.g. DEPENDS_ON.for): the kind that node must have.</summary>
    public NodeKind? References { get; init; }

    /// <summary>The CLR value type this property holds.</summary>
    public Type ClrType => Type switch
    {
        PropertyType.String => typeof(string),
        PropertyType.Integer => typeof(long),
        PropertyType.Float => typeof(double),
        PropertyType.Boolean => typeof(bool),
        PropertyType.Date => typeof(DateOnly),
        _ => typeof(IReadOnlyList<string>),
    };
}
