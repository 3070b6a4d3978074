using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Tests.Exports;

/// <summary>
/// A small, realistic subgraph that exercises every value type and the awkward text: accents, quotes, &lt;&amp;&gt;,
/// commas and line breaks, integers, doubles, dates, string lists, and three relationships of different types between
/// the same two institutions. Plus analytics attributes (betweenness, articulation point) for some nodes.
/// </summary>
internal static class SampleGraph
{
    public const string TrickyDescription = "Seguridad pública & \"proximidad\" <federal>, desde 2019;\nantes SSPC";

    public static Node Sedena { get; } = new()
    {
        Id = "mx-sedena",
        Kind = NodeKind.Institution,
        Name = "Secretaría de la Defensa Nacional",
        Aliases = ["SEDENA", "Defensa"],
        Description = "Ejército y Fuerza Aérea Mexicanos",
        Properties = Props(("acronym", "SEDENA"), ("country", "mx"), ("level", "federal"), ("type", "military")),
        Provenance = new(["src-dof"], "Ley Orgánica del Ejército y Fuerza Aérea"),
        Confidence = Confidence.High,
        ValidFrom = new DateOnly(1937, 10, 25),
    };

    public static Node GuardiaNacional { get; } = new()
    {
        Id = "mx-guardia-nacional",
        Kind = NodeKind.Institution,
        Name = "Guardia Nacional",
        Aliases = ["GN"],
        Description = TrickyDescription,
        Properties = Props(("acronym", "GN"), ("country", "mx"), ("level", "federal"), ("type", "gendarmerie")),
        Provenance = new(["src-dof", "src-crs"], "Reforma constitucional, DOF 2024-09-30"),
        Confidence = Confidence.Medium,
        ValidFrom = new DateOnly(2019, 3, 26),
    };

    public static Node Dea { get; } = new()
    {
        Id = "us-dea",
        Kind = NodeKind.Institution,
        Name = "Drug Enforcement Administration",
        Aliases = ["DEA", "Administración para el Control de Drogas"],
        Properties = Props(("acronym", "DEA"), ("country", "us"), ("level", "federal"), ("type", "law-enforcement")),
        Provenance = new(["src-crs"]),
    };

    public static Node Bicentennial { get; } = new()
    {
        Id = "ag-bicentennial-framework",
        Kind = NodeKind.Agreement,
        Name = "Entendimiento Bicentenario",
        Aliases = ["Bicentennial Framework for Security, Public Health, and Safe Communities"],
        Properties = Props(
            ("form", "framework"),
            ("status", "superseded"),
            ("signed", new DateOnly(2021, 10, 8)),
            ("topics", (IReadOnlyList<string>)["fentanilo", "tráfico de armas", "salud pública"])),
        Provenance = new(["src-crs"]),
        Confidence = Confidence.High,
        ValidFrom = new DateOnly(2021, 10, 8),
        ValidTo = new DateOnly(2025, 9, 3),
    };

    public static Node Intelligence { get; } = new()
    {
        Id = "comp-intelligence-sharing",
        Kind = NodeKind.Competency,
        Name = "Intercambio de información de inteligencia",
        Properties = Props(("pillar", "capabilities")),
    };

    public static Node Distrust { get; } = new()
    {
        Id = "bar-distrust",
        Kind = NodeKind.Barrier,
        Name = "Desconfianza mutua (\"filtraciones\")",
        Properties = Props(("category", "trust")),
        Confidence = Confidence.Low,
    };

    public static Node Dof { get; } = new()
    {
        Id = "src-dof",
        Kind = NodeKind.Source,
        Name = "Diario Oficial de la Federación",
        Properties = Props(
            ("url", "https://www.dof.gob.mx/nota_detalle.php?codigo=5740005&fecha=30/09/2024"),
            ("publisher", "Secretaría de Gobernación"),
            ("published", new DateOnly(2024, 9, 30))),
    };

    public static IReadOnlyList<Node> Nodes { get; } = [Sedena, GuardiaNacional, Dea, Bicentennial, Intelligence, Distrust, Dof];

    public static Relationship Coordinates { get; } = new()
    {
        Id = Relationship.DefaultId("mx-guardia-nacional", RelationshipType.CoordinatesWith, "us-dea"),
        Type = RelationshipType.CoordinatesWith,
        From = "mx-guardia-nacional",
        To = "us-dea",
        Description = "Enlace operativo, \"caso por caso\" & <informal>",
        Properties = Props(("channel", "Grupo de Implementación de Seguridad"), ("strength", 2L), ("weight", 0.35)),
        Provenance = new(["src-crs"]),
        ValidFrom = new DateOnly(2021, 10, 8),
    };

    public static IReadOnlyList<Relationship> Relationships { get; } =
    [
        Coordinates,
        new()
        {
            Id = Relationship.DefaultId("mx-guardia-nacional", RelationshipType.FrictionWith, "us-dea"),
            Type = RelationshipType.FrictionWith,
            From = "mx-guardia-nacional",
            To = "us-dea",
            Properties = Props(("barrier", "bar-distrust")),
            Confidence = Confidence.Low,
        },
        new()
        {
            Id = Relationship.DefaultId("mx-guardia-nacional", RelationshipType.DependsOn, "us-dea"),
            Type = RelationshipType.DependsOn,
            From = "mx-guardia-nacional",
            To = "us-dea",
            Properties = Props(("for", "comp-intelligence-sharing")),
        },
        new()
        {
            Id = Relationship.DefaultId("mx-guardia-nacional", RelationshipType.PartOf, "mx-sedena"),
            Type = RelationshipType.PartOf,
            From = "mx-guardia-nacional",
            To = "mx-sedena",
            Provenance = new(["src-dof"], "Adscrita a Defensa desde el 2024-10-01"),
            Confidence = Confidence.High,
            ValidFrom = new DateOnly(2024, 10, 1),
        },
        new()
        {
            Id = Relationship.DefaultId("mx-sedena", RelationshipType.HasCompetency, "comp-intelligence-sharing"),
            Type = RelationshipType.HasCompetency,
            From = "mx-sedena",
            To = "comp-intelligence-sharing",
            Properties = Props(("level", 4L)),
        },
        new()
        {
            Id = Relationship.DefaultId("us-dea", RelationshipType.HasCompetency, "comp-intelligence-sharing"),
            Type = RelationshipType.HasCompetency,
            From = "us-dea",
            To = "comp-intelligence-sharing",
            Properties = Props(("level", 5L)),
        },
        new()
        {
            Id = Relationship.DefaultId("ag-bicentennial-framework", RelationshipType.Builds, "comp-intelligence-sharing"),
            Type = RelationshipType.Builds,
            From = "ag-bicentennial-framework",
            To = "comp-intelligence-sharing",
        },
        new()
        {
            Id = Relationship.DefaultId("ag-bicentennial-framework", RelationshipType.HinderedBy, "bar-distrust"),
            Type = RelationshipType.HinderedBy,
            From = "ag-bicentennial-framework",
            To = "bar-distrust",
        },
        new()
        {
            Id = Relationship.DefaultId("mx-guardia-nacional", RelationshipType.SourcedBy, "src-dof"),
            Type = RelationshipType.SourcedBy,
            From = "mx-guardia-nacional",
            To = "src-dof",
        },
    ];

    public static Subgraph Graph { get; } = new(Nodes, Relationships);

    /// <summary>What the analytics layer passes: betweenness for every node, articulation-point flags for some.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> Analytics { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["mx-guardia-nacional"] = Attrs(("betweenness", 0.625), ("articulationPoint", true)),
            ["us-dea"] = Attrs(("betweenness", 0.125), ("articulationPoint", false)),
            ["mx-sedena"] = Attrs(("betweenness", 0.0)),
            ["comp-intelligence-sharing"] = Attrs(("betweenness", 0.25)),
        };

    private static Dictionary<string, object> Props(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static Dictionary<string, object> Attrs(params (string Name, object Value)[] values) => Props(values);
}
