using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>A small hand-made graph of the domain for the Neo4j store's own tests.</summary>
internal static class SampleGraph
{
    public static Node Source { get; } = new()
    {
        Id = "src-dof",
        Kind = NodeKind.Source,
        Name = "Diario Oficial de la Federación",
        Properties = new Dictionary<string, object> { ["url"] = "https://dof.gob.mx", ["published"] = new DateOnly(2024, 9, 30) },
        Confidence = Confidence.High,
    };

    public static IReadOnlyList<Node> Nodes { get; } =
    [
        Source,
        Node("mx", NodeKind.Country, "México", new() { ["iso"] = "MX" }),
        Node("us", NodeKind.Country, "United States", new() { ["iso"] = "US" }),
        Node("mx-sedena", NodeKind.Institution, "Secretaría de la Defensa Nacional", new() { ["acronym"] = "SEDENA", ["country"] = "mx", ["type"] = "military" }, ["Defensa"]),
        Node("mx-semar", NodeKind.Institution, "Secretaría de Marina", new() { ["acronym"] = "SEMAR", ["country"] = "mx", ["type"] = "naval" }, ["Marina"]),
        Node("us-dhs", NodeKind.Institution, "Department of Homeland Security", new() { ["acronym"] = "DHS", ["country"] = "us", ["type"] = "ministry" }),
        Node("comp-intel", NodeKind.Competency, "Intelligence sharing", new() { ["pillar"] = "trust" }),
        Node("agr-bicentennial", NodeKind.Agreement, "Bicentennial Framework", new() { ["kind"] = "framework", ["status"] = "active", ["signed"] = new DateOnly(2021, 10, 8) }),
    ];

    public static IReadOnlyList<Relationship> Relationships { get; } =
    [
        Rel(RelationshipType.BasedIn, "mx-sedena", "mx"),
        Rel(RelationshipType.BasedIn, "mx-semar", "mx"),
        Rel(RelationshipType.BasedIn, "us-dhs", "us"),
        Rel(RelationshipType.HasCompetency, "mx-sedena", "comp-intel", new() { ["level"] = 3L }),
        Rel(RelationshipType.HasCompetency, "us-dhs", "comp-intel", new() { ["level"] = 5L }),
        Rel(RelationshipType.PartyTo, "mx", "agr-bicentennial", new() { ["role"] = "signatory" }),
        Rel(RelationshipType.PartyTo, "us", "agr-bicentennial", new() { ["role"] = "signatory" }),
        Rel(RelationshipType.CoordinatesWith, "mx-sedena", "mx-semar", new() { ["strength"] = 4L, ["weight"] = 0.75, ["channel"] = "gabinete" }),
    ];

    public static Node Node(string id, NodeKind kind, string name, Dictionary<string, object>? properties = null, IReadOnlyList<string>? aliases = null) => new()
    {
        Id = id,
        Kind = kind,
        Name = name,
        Aliases = aliases ?? [],
        Properties = properties ?? [],
        Provenance = new Provenance([Source.Id], "sample"),
        Confidence = Confidence.Medium,
        ValidFrom = new DateOnly(2019, 1, 1),
    };

    public static Relationship Rel(RelationshipType type, string from, string to, Dictionary<string, object>? properties = null) => new()
    {
        Id = Relationship.DefaultId(from, type, to),
        Type = type,
        From = from,
        To = to,
        Properties = properties ?? [],
        Provenance = new Provenance([Source.Id]),
        Confidence = Confidence.High,
    };
}
