using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.GraphTypes.Links;

/// <summary>The relationship fields of the schema: every relationship type, read from both of its ends.</summary>
internal static class LinkFields
{
    public static IReadOnlyList<LinkField> All { get; } =
    [
        new("partOf", RelationshipType.PartOf, Direction.Outgoing, "parent", "PartOfLink", "Bodies this one is part of (dated)."),
        new("units", RelationshipType.PartOf, Direction.Incoming, "unit", "UnitLink", "Bodies that are part of this one (dated)."),
        new("basedIn", RelationshipType.BasedIn, Direction.Outgoing, "country", "BasedInLink", "The country this body belongs to."),
        new("bodies", RelationshipType.BasedIn, Direction.Incoming, "body", "BodyLink", "Institutions and mechanisms based in this country."),
        new("competencies", RelationshipType.HasCompetency, Direction.Outgoing, "competency", "CompetencyLink", "Competencies held, with their level 0-5."),
        new("heldBy", RelationshipType.HasCompetency, Direction.Incoming, "holder", "HolderLink", "Institutions and mechanisms holding this competency, with their level 0-5."),
        new("agreements", RelationshipType.PartyTo, Direction.Outgoing, "agreement", "PartyToLink", "Agreements this is a party to."),
        new("parties", RelationshipType.PartyTo, Direction.Incoming, "party", "PartyLink", "Parties to this agreement, with their role."),
        new("builds", RelationshipType.Builds, Direction.Outgoing, "competency", "BuildsLink", "Competencies this agreement or mechanism builds."),
        new("builtBy", RelationshipType.Builds, Direction.Incoming, "builder", "BuilderLink", "Agreements and mechanisms that build this competency."),
        new("supersedes", RelationshipType.Supersedes, Direction.Outgoing, "agreement", "SupersedesLink", "Older agreements this one replaces."),
        new("supersededBy", RelationshipType.Supersedes, Direction.Incoming, "agreement", "SupersededByLink", "Newer agreements that replace this one."),
        new("memberOf", RelationshipType.MemberOf, Direction.Outgoing, "mechanism", "MembershipLink", "Coordination mechanisms this institution belongs to, with its role."),
        new("members", RelationshipType.MemberOf, Direction.Incoming, "institution", "MemberLink", "Member institutions of this mechanism, with their role."),
        new("coordinatesWith", RelationshipType.CoordinatesWith, Direction.Both, "partner", "CoordinationLink", "Direct coordination channels, in either direction."),
        new("dependsOn", RelationshipType.DependsOn, Direction.Outgoing, "provider", "DependencyLink", "Bodies this one depends on, and for which competency."),
        new("dependants", RelationshipType.DependsOn, Direction.Incoming, "dependant", "DependantLink", "Bodies that depend on this one, and for which competency."),
        new("priorities", RelationshipType.Prioritizes, Direction.Outgoing, "objective", "PriorityLink", "Objectives held as priorities."),
        new("prioritizedBy", RelationshipType.Prioritizes, Direction.Incoming, "holder", "PrioritizedByLink", "Institutions and countries that prioritise this objective."),
        new("requires", RelationshipType.Requires, Direction.Outgoing, "prerequisite", "RequirementLink", "Prerequisites of this objective."),
        new("requiredBy", RelationshipType.Requires, Direction.Incoming, "objective", "RequiredByLink", "Objectives that require this."),
        new("frictions", RelationshipType.FrictionWith, Direction.Both, "counterpart", "FrictionLink", "Known coordination frictions, in either direction, named by their barrier."),
        new("hinderedBy", RelationshipType.HinderedBy, Direction.Outgoing, "barrier", "HindranceLink", "Barriers holding this back."),
        new("hinders", RelationshipType.HinderedBy, Direction.Incoming, "hindered", "HinderedLink", "What this barrier holds back."),
        new("sourcedBy", RelationshipType.SourcedBy, Direction.Outgoing, "source", "SourcedByLink", "Sources documenting this node."),
        new("documents", RelationshipType.SourcedBy, Direction.Incoming, "subject", "DocumentsLink", "Nodes this source documents."),
    ];

    public static IEnumerable<LinkField> For(NodeKind kind) => All.Where(f => f.OwnerKinds.Contains(kind));
}
