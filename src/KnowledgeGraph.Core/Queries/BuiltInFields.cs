namespace KnowledgeGraph.Core.Queries;

/// <summary>Node fields that are not kind properties and can be filtered and sorted on.</summary>
public static class BuiltInFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Confidence = "confidence";
    public const string ValidFrom = "validFrom";
    public const string ValidTo = "validTo";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Id, Name, Confidence, ValidFrom, ValidTo };
}
