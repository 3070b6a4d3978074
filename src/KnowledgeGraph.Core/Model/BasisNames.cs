namespace KnowledgeGraph.Core.Model;

/// <summary>The one place a <see cref="Basis"/> becomes its wire name and back.</summary>
public static class BasisNames
{
    public static IReadOnlyList<string> All { get; } = ["stated", "inferred", "estimated"];

    public static string ToWireName(this Basis basis) => basis switch
    {
        Basis.Stated => "stated",
        Basis.Inferred => "inferred",
        Basis.Estimated => "estimated",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown basis."),
    };

    public static bool TryParse(string? text, out Basis basis)
    {
        switch (text)
        {
            case "stated":
                basis = Basis.Stated;
                return true;
            case "inferred":
                basis = Basis.Inferred;
                return true;
            case "estimated":
                basis = Basis.Estimated;
                return true;
            default:
                basis = Basis.Inferred;
                return false;
        }
    }
}
