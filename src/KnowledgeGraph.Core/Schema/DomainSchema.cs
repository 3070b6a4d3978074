using System.Collections.Frozen;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// The domain model in one place: each node kind's properties and each relationship type's endpoints and properties.
/// Seeds, mutations, imports, both stores and the GraphQL schema read it from here (see docs/seed-format.md).
/// </summary>
public static class DomainSchema
{
    public static readonly IReadOnlyList<string> Pillars = ["vision", "trust", "capabilities", "coordination"];

    private static readonly NodeKind[] Actors = [NodeKind.Institution, NodeKind.Mechanism];

    public static FrozenDictionary<NodeKind, IReadOnlyList<PropertySpec>> NodeProperties { get; } =
        new Dictionary<NodeKind, IReadOnlyList<PropertySpec>>
        {
            [NodeKind.Country] = [new("iso", PropertyType.String, Required: true)],
            [NodeKind.Institution] =
            [
                new("acronym", PropertyType.String),
                OneOf("country", "mx", "us", "multilateral"),
                OneOf("level", "federal", "state", "municipal", "binational", "multilateral", "all-levels"),
                OneOf(
                    "type", "military", "naval", "gendarmerie", "police", "prosecutor", "intelligence",
                    "financial-intelligence", "customs", "tax", "ministry", "coordination-body", "data-platform",
                    "law-enforcement", "policy", "foreign-assistance", "sanctions", "international-organisation", "judiciary",
                    "legislature", "government"),
            ],
            [NodeKind.Competency] = [OneOf("pillar", [.. Pillars])],
            [NodeKind.Agreement] =
            [
                new("acronym", PropertyType.String),
                OneOf("form", "treaty", "framework", "initiative", "arrangement", "designation", "standard", "program", "deal"),
                OneOf("status", "active", "superseded", "expired", "proposed", "executed"),
                new("signed", PropertyType.Date),
            ],
            [NodeKind.Mechanism] =
            [
                new("acronym", PropertyType.String),
                OneOf("permanence", "permanent", "statutory", "political", "ad-hoc"),
                OneOf("scope", "national", "bilateral", "multilateral"),
            ],
            [NodeKind.Objective] = [OneOf("holder", "mx", "us", "shared"), OneOf("pillar", [.. Pillars])],
            [NodeKind.Barrier] = [OneOf("category", "trust", "coordination", "capability", "legal", "political")],
            [NodeKind.Source] =
            [
                new("url", PropertyType.String),
                new("publisher", PropertyType.String),
                new("published", PropertyType.Date),
            ],
        }.ToFrozenDictionary();

    public static FrozenDictionary<RelationshipType, RelationshipSpec> Relationships { get; } = new RelationshipSpec[]
    {
        Rel(RelationshipType.PartOf, Actors, Actors, [], "Hierarchy: a unit is part of a ministry or larger body (dated)."),
        Rel(RelationshipType.BasedIn, Actors, [NodeKind.Country], [], "The country an institution or mechanism belongs to."),
        Rel(
            RelationshipType.HasCompetency, Actors, [NodeKind.Competency],
            [new("level", PropertyType.Integer, Required: true) { Min = 0, Max = 5 }],
            "Holds a competency at a level from 0 (none) to 5 (leading)."),
        Rel(RelationshipType.PartyTo, [NodeKind.Institution, NodeKind.Country], [NodeKind.Agreement], [new("role", PropertyType.String)], "Party to an agreement."),
        Rel(RelationshipType.Builds, [NodeKind.Agreement, NodeKind.Mechanism], [NodeKind.Competency], [], "An agreement or mechanism builds a competency."),
        Rel(RelationshipType.Supersedes, [NodeKind.Agreement], [NodeKind.Agreement], [], "A newer agreement replaces an older one."),
        Rel(
            RelationshipType.MemberOf, [NodeKind.Institution], [NodeKind.Mechanism],
            [OneOf("role", "lead", "member", "invitee") with { Required = true }],
            "Member of a coordination mechanism."),
        Rel(
            RelationshipType.CoordinatesWith, Actors, Actors,
            [new("channel", PropertyType.String), new("strength", PropertyType.Integer) { Min = 1, Max = 5 }, new("weight", PropertyType.Float)],
            "A direct coordination channel."),
        Rel(
            RelationshipType.DependsOn, Actors, Actors,
            [new("for", PropertyType.String, Required: true) { References = NodeKind.Competency }],
            "Depends on another body for a competency."),
        Rel(RelationshipType.Prioritizes, [NodeKind.Institution, NodeKind.Country], [NodeKind.Objective], [], "Holds an objective as a priority."),
        Rel(
            RelationshipType.Requires, [NodeKind.Objective],
            [NodeKind.Competency, NodeKind.Agreement, NodeKind.Mechanism, NodeKind.Objective], [],
            "A prerequisite of an objective; REQUIRES must form no cycle."),
        Rel(
            RelationshipType.FrictionWith, Actors, Actors,
            [new("barrier", PropertyType.String, Required: true) { References = NodeKind.Barrier }],
            "A known coordination friction, named by its barrier."),
        Rel(
            RelationshipType.HinderedBy, [NodeKind.Institution, NodeKind.Mechanism, NodeKind.Agreement, NodeKind.Objective],
            [NodeKind.Barrier], [], "Held back by a barrier."),
        Rel(RelationshipType.SourcedBy, NodeKinds.All, [NodeKind.Source], [], "Documented by a source."),
    }.ToFrozenDictionary(s => s.Type);

    /// <summary>Keys of a seed node entry that are not kind properties.</summary>
    public static readonly IReadOnlySet<string> ReservedNodeKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "kind", "name", "aliases", "description", "confidence", "basis", "sources", "note", "validFrom", "validTo",
    };

    /// <summary>Keys of a seed relationship entry that are not type properties.</summary>
    public static readonly IReadOnlySet<string> ReservedRelationshipKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "type", "from", "to", "description", "confidence", "basis", "sources", "note", "validFrom", "validTo",
    };

    public static PropertySpec? FindNodeProperty(NodeKind kind, string name) =>
        NodeProperties[kind].FirstOrDefault(p => p.Name == name);

    public static PropertySpec? FindRelationshipProperty(RelationshipType type, string name) =>
        Relationships[type].Properties.FirstOrDefault(p => p.Name == name);

    private static PropertySpec OneOf(string name, params string[] values) =>
        new(name, PropertyType.String) { AllowedValues = values };

    private static RelationshipSpec Rel(
        RelationshipType type, IEnumerable<NodeKind> from, IEnumerable<NodeKind> to, IReadOnlyList<PropertySpec> properties, string description) =>
        new(type, from.ToFrozenSet(), to.ToFrozenSet(), properties, description);
}
