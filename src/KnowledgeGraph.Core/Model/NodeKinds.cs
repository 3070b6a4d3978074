namespace KnowledgeGraph.Core.Model;

/// <summary>Parses node kinds by their exact wire name (e.g. <c>Institution</c>).</summary>
public static class NodeKinds
{
    public static IReadOnlyCollection<NodeKind> All { get; } = Enum.GetValues<NodeKind>();

    public static bool TryParse(string? name, out NodeKind kind)
    {
        foreach (var k in All)
        {
            if (string.Equals(k.ToString(), name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
