using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Tests.Support;

/// <summary>Terse builders of domain nodes and relationships (high confidence, name = id) and a small sample graph.</summary>
internal static class Domain
{
    public static Node N(string id, NodeKind kind, params (string Key, object Value)[] properties) => new()
    {
        Id = id,
        Kind = kind,
        Name = id,
        Confidence = Confidence.High,
        Properties = properties.ToDictionary(p => p.Key, p => PropertyValues.Normalize(p.Value)),
    };

    public static Relationship R(RelationshipType type, string from, string to, params (string Key, object Value)[] properties) => new()
    {
        Id = Relationship.DefaultId(from, type, to),
        Type = type,
        From = from,
        To = to,
        Confidence = Confidence.High,
        Properties = properties.ToDictionary(p => p.Key, p => PropertyValues.Normalize(p.Value)),
    };

    public static GraphSnapshot Snapshot(IEnumerable<Node> nodes, IEnumerable<Relationship> relationships)
    {
        var builder = new GraphSnapshotBuilder(1);
        foreach (var node in nodes)
        {
            builder.AddNode(node);
        }

        foreach (var relationship in relationships)
        {
            builder.AddRelationship(relationship);
        }

        return builder.Build();
    }

    /// <summary>
    /// Mexican and US institutions, mechanisms and agreements (see the tests for the expected network):
    /// municipal police reach the FBI through the political security cabinet, the SSP and the bilateral group.
    /// </summary>
    public static (List<Node> Nodes, List<Relationship> Relationships) Sample()
    {
        var old = new DateOnly(2021, 1, 1);
        List<Node> nodes =
        [
            N("mx-municipal", NodeKind.Institution, ("country", "mx")),
            N("mx-ssp", NodeKind.Institution, ("country", "mx")),
            N("mx-fgr", NodeKind.Institution, ("country", "mx")),
            N("us-fbi", NodeKind.Institution, ("country", "us")),
            N("us-dea", NodeKind.Institution, ("country", "us")),
            N("ml-interpol", NodeKind.Institution, ("country", "multilateral")),
            N("bi-sig", NodeKind.Mechanism, ("permanence", "permanent")),
            N("mx-gabinete", NodeKind.Mechanism, ("permanence", "political")),
            N("us-jttf", NodeKind.Mechanism, ("permanence", "permanent")),
            N("adhoc-task", NodeKind.Mechanism, ("permanence", "ad-hoc")) with { ValidTo = new DateOnly(2020, 12, 31) },
            N("ag-merida", NodeKind.Agreement, ("status", "active")),
            N("ag-old", NodeKind.Agreement, ("status", "superseded")) with { ValidTo = old },
            N("ag-proposed", NodeKind.Agreement, ("status", "proposed")),
            N("corruption", NodeKind.Barrier),
            N("jurisdiction-disputes", NodeKind.Barrier),
            N("secure-info", NodeKind.Competency),
            N("vetting", NodeKind.Competency),
            N("security-treaty", NodeKind.Objective, ("holder", "shared")),
            N("obj-trust", NodeKind.Objective),
            N("obj-vetted", NodeKind.Objective),
            N("obj-info", NodeKind.Objective),
        ];
        List<Relationship> relationships =
        [
            R(RelationshipType.MemberOf, "mx-municipal", "mx-gabinete", ("role", "member")),
            R(RelationshipType.MemberOf, "mx-ssp", "mx-gabinete", ("role", "lead")),
            R(RelationshipType.MemberOf, "mx-ssp", "bi-sig", ("role", "member")),
            R(RelationshipType.MemberOf, "us-fbi", "bi-sig", ("role", "member")) with { Confidence = Confidence.Low },
            R(RelationshipType.MemberOf, "us-fbi", "us-jttf", ("role", "lead")),
            R(RelationshipType.MemberOf, "us-dea", "us-jttf", ("role", "member")),
            R(RelationshipType.MemberOf, "mx-municipal", "adhoc-task", ("role", "member")),
            R(RelationshipType.MemberOf, "us-fbi", "adhoc-task", ("role", "member")),
            R(RelationshipType.PartyTo, "mx-fgr", "ag-merida"),
            R(RelationshipType.PartyTo, "us-dea", "ag-merida"),
            R(RelationshipType.PartyTo, "mx-municipal", "ag-old"),
            R(RelationshipType.PartyTo, "us-fbi", "ag-old"),
            R(RelationshipType.PartyTo, "ml-interpol", "ag-proposed"),
            R(RelationshipType.PartyTo, "us-fbi", "ag-proposed"),
            R(RelationshipType.CoordinatesWith, "mx-fgr", "mx-ssp", ("strength", 2)),
            R(RelationshipType.FrictionWith, "mx-fgr", "mx-ssp", ("barrier", "jurisdiction-disputes")),
            R(RelationshipType.HinderedBy, "mx-municipal", "corruption"),
            R(RelationshipType.HasCompetency, "mx-municipal", "secure-info", ("level", 1)),
            R(RelationshipType.HasCompetency, "mx-ssp", "secure-info", ("level", 3)),
            R(RelationshipType.HasCompetency, "us-fbi", "secure-info", ("level", 4)),
            R(RelationshipType.HasCompetency, "us-fbi", "vetting", ("level", 3)),
            R(RelationshipType.Builds, "ag-merida", "secure-info"),
            R(RelationshipType.Builds, "ag-proposed", "vetting"),
            R(RelationshipType.DependsOn, "mx-municipal", "mx-ssp", ("for", "secure-info")),
            R(RelationshipType.DependsOn, "mx-fgr", "mx-ssp", ("for", "secure-info")),
            R(RelationshipType.Requires, "security-treaty", "secure-info"),
            R(RelationshipType.Requires, "security-treaty", "ag-merida"),
            R(RelationshipType.Requires, "security-treaty", "bi-sig"),
            R(RelationshipType.Requires, "security-treaty", "obj-trust"),
            R(RelationshipType.Requires, "security-treaty", "obj-info"),
            R(RelationshipType.Requires, "obj-trust", "obj-vetted"),
            R(RelationshipType.Requires, "obj-trust", "mx-gabinete"),
            R(RelationshipType.Requires, "obj-vetted", "vetting"),
            R(RelationshipType.Requires, "obj-info", "vetting"),
        ];
        return (nodes, relationships);
    }

    public static GraphSnapshot SampleSnapshot()
    {
        var (nodes, relationships) = Sample();
        return Snapshot(nodes, relationships);
    }
}
