using System.Collections.Frozen;

namespace KnowledgeGraph.Core.Model;

/// <summary>Maps relationship types to and from their wire names (e.g. <c>MEMBER_OF</c>).</summary>
public static class RelationshipTypes
{
    private static readonly FrozenDictionary<RelationshipType, string> ToWireNames =
        Enum.GetValues<RelationshipType>().ToFrozenDictionary(t => t, ComputeWireName);

    private static readonly FrozenDictionary<string, RelationshipType> FromWireNames =
        ToWireNames.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<RelationshipType> All { get; } = Enum.GetValues<RelationshipType>();

    public static string ToWireName(this RelationshipType type) => ToWireNames[type];

    public static bool TryParse(string? wireName, out RelationshipType type) =>
        FromWireNames.TryGetValue(wireName ?? string.Empty, out type);

    public static RelationshipType Parse(string wireName) =>
        TryParse(wireName, out var type) ? type : throw new ArgumentException($"Unknown relationship type '{wireName}'.", nameof(wireName));

    private static string ComputeWireName(RelationshipType type)
    {
        var name = type.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                chars.Add('_');
            }

            chars.Add(char.ToUpperInvariant(name[i]));
        }

        return new string([.. chars]);
    }
}
