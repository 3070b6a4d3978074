namespace KnowledgeGraph.Core.Model;

/// <summary>Relationship types. The wire name (seeds, Cypher, stats, exports) is SCREAMING_SNAKE: see <see cref="RelationshipTypes"/>.</summary>
public enum RelationshipType
{
    PartOf,
    BasedIn,
    HasCompetency,
    PartyTo,
    Builds,
    Supersedes,
    MemberOf,
    CoordinatesWith,
    DependsOn,
    Prioritizes,
    Requires,
    FrictionWith,
    HinderedBy,
    SourcedBy,
}
