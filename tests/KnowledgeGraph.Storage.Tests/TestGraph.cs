using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Small hand-built graphs for the store contract, built with Core types only. <see cref="Sample"/> is a slice of the
/// Mexico–US graph whose answers the tests know by heart:
/// <code>
/// mx-sedena ─MEMBER_OF(lead)→ mx-gabinete-seguridad ←MEMBER_OF─ mx-semar, mx-sspc
/// mx-guardia-nacional ─PART_OF→ mx-sedena
/// mx-sedena, mx-semar ─BASED_IN→ mx      us-dea, us-fbi ─BASED_IN→ us
/// mx-semar ─COORDINATES_WITH→ us-dea
/// mx, us ─PARTY_TO→ ag-merida, ag-bicentennial      ag-bicentennial ─SUPERSEDES→ ag-merida
/// </code>
/// </summary>
public static class TestGraph
{
    public static Node Node(
        string id,
        NodeKind kind,
        string name,
        IReadOnlyDictionary<string, object>? properties = null,
        IReadOnlyList<string>? aliases = null,
        Confidence confidence = Confidence.Medium,
        DateOnly? validFrom = null,
        DateOnly? validTo = null) => new()
        {
            Id = id,
            Kind = kind,
            Name = name,
            Aliases = aliases ?? [],
            Properties = properties ?? new Dictionary<string, object>(),
            Confidence = confidence,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Provenance = new Provenance(["src-test"], null),
        };

    public static Relationship Rel(
        string from,
        RelationshipType type,
        string to,
        IReadOnlyDictionary<string, object>? properties = null,
        Confidence confidence = Confidence.Medium,
        DateOnly? validFrom = null) => new()
        {
            Id = Relationship.DefaultId(from, type, to),
            Type = type,
            From = from,
            To = to,
            Properties = properties ?? new Dictionary<string, object>(),
            Confidence = confidence,
            ValidFrom = validFrom,
            Provenance = new Provenance(["src-test"], null),
        };

    public static Dictionary<string, object> Props(params (string Key, object Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public static IReadOnlyList<Node> SampleNodes { get; } =
    [
        Node("ag-bicentennial", NodeKind.Agreement, "Entendimiento Bicentenario",
            Props(("kind", "framework"), ("status", "active"), ("signed", new DateOnly(2021, 10, 8))),
            aliases: ["Bicentennial Framework"], confidence: Confidence.High, validFrom: new DateOnly(2021, 10, 8)),
        Node("ag-merida", NodeKind.Agreement, "Iniciativa Mérida",
            Props(("kind", "initiative"), ("status", "superseded"), ("signed", new DateOnly(2008, 6, 30))),
            aliases: ["Merida Initiative"], confidence: Confidence.High, validFrom: new DateOnly(2008, 6, 30), validTo: new DateOnly(2021, 10, 8)),
        Node("mx", NodeKind.Country, "México", Props(("iso", "MX")), aliases: ["Mexico"], confidence: Confidence.High),
        Node("mx-gabinete-seguridad", NodeKind.Mechanism, "Gabinete de Seguridad",
            Props(("permanence", "political"), ("scope", "national"))),
        Node("mx-guardia-nacional", NodeKind.Institution, "Guardia Nacional",
            Props(("acronym", "GN"), ("country", "mx"), ("type", "gendarmerie"), ("staff", 130_000L)),
            validFrom: new DateOnly(2019, 3, 26)),
        Node("mx-sedena", NodeKind.Institution, "Secretaría de la Defensa Nacional",
            Props(("acronym", "SEDENA"), ("country", "mx"), ("type", "military"), ("staff", 200_000L), ("budget", 2.0)),
            aliases: ["Defensa", "Secretaria de la Defensa"], confidence: Confidence.High),
        Node("mx-semar", NodeKind.Institution, "Secretaría de Marina",
            Props(("acronym", "SEMAR"), ("country", "mx"), ("type", "naval"), ("staff", 60_000L), ("budget", 1.5)),
            aliases: ["Marina"], confidence: Confidence.High),
        Node("mx-sspc", NodeKind.Institution, "Secretaría de Seguridad y Protección Ciudadana",
            Props(("acronym", "SSPC"), ("type", "police")), confidence: Confidence.Low),
        Node("us", NodeKind.Country, "United States", Props(("iso", "US")), aliases: ["Estados Unidos"], confidence: Confidence.High),
        Node("us-dea", NodeKind.Institution, "Drug Enforcement Administration",
            Props(("acronym", "DEA"), ("country", "us"), ("type", "law-enforcement"), ("staff", 10_000L), ("vetted", true)),
            confidence: Confidence.High),
        Node("us-fbi", NodeKind.Institution, "Federal Bureau of Investigation",
            Props(("acronym", "FBI"), ("country", "us"), ("type", "law-enforcement"), ("staff", 37_000L), ("vetted", false))),
    ];

    public static IReadOnlyList<Relationship> SampleRelationships { get; } =
    [
        Rel("mx-sedena", RelationshipType.MemberOf, "mx-gabinete-seguridad", Props(("role", "lead"))),
        Rel("mx-semar", RelationshipType.MemberOf, "mx-gabinete-seguridad", Props(("role", "member"))),
        Rel("mx-sspc", RelationshipType.MemberOf, "mx-gabinete-seguridad", Props(("role", "member"))),
        Rel("mx-guardia-nacional", RelationshipType.PartOf, "mx-sedena", validFrom: new DateOnly(2024, 9, 30)),
        Rel("mx-sedena", RelationshipType.BasedIn, "mx"),
        Rel("mx-semar", RelationshipType.BasedIn, "mx"),
        Rel("us-dea", RelationshipType.BasedIn, "us"),
        Rel("us-fbi", RelationshipType.BasedIn, "us"),
        Rel("mx-semar", RelationshipType.CoordinatesWith, "us-dea", Props(("channel", "liaison"), ("strength", 4L), ("weight", 0.5))),
        Rel("mx", RelationshipType.PartyTo, "ag-merida"),
        Rel("us", RelationshipType.PartyTo, "ag-merida"),
        Rel("mx", RelationshipType.PartyTo, "ag-bicentennial"),
        Rel("us", RelationshipType.PartyTo, "ag-bicentennial"),
        Rel("ag-bicentennial", RelationshipType.Supersedes, "ag-merida"),
    ];

    public static GraphChangeSet Sample { get; } = new() { UpsertNodes = SampleNodes, UpsertRelationships = SampleRelationships };

    public static IReadOnlyList<string> SampleInstitutionIds { get; } =
        ["mx-guardia-nacional", "mx-sedena", "mx-semar", "mx-sspc", "us-dea", "us-fbi"];

    /// <summary>A node that carries every property value type (and text that must survive quoting untouched).</summary>
    public static Node EveryPropertyType(string id = "mx-every-type") => Node(
        id,
        NodeKind.Institution,
        "Every \"type\" 'quoted'; DROP TABLE nodes; -- Secretaría ñ 🚀",
        Props(
            ("text", "texto con acentos: Ñandú, 'comillas' y \"dobles\""),
            ("emptyText", string.Empty),
            ("integer", 42L),
            ("negative", -7L),
            ("bigInteger", 9_007_199_254_740_993L),
            ("wholeFloat", 2.0),
            ("fraction", 0.1),
            ("tiny", 1e-300),
            ("yes", true),
            ("no", false),
            ("date", new DateOnly(2024, 9, 30)),
            ("dateLikeText", "2024-09-30"),
            ("numberLikeText", "42"),
            ("list", new[] { "a", "b, c", "Ñ" }),
            ("emptyList", Array.Empty<string>())),
        aliases: ["Alias uno", "ALIAS DOS"],
        confidence: Confidence.Low,
        validFrom: new DateOnly(2001, 2, 3),
        validTo: new DateOnly(2030, 12, 31)) with
    {
        Description = "A description with a newline\nand a tab\t.",
        Provenance = new Provenance(["src-a", "src-b"], "a note"),
    };
}
