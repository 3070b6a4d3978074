using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphTypes.Links;

/// <summary>
/// One relationship field of a node type, read in one direction: e.g. <c>Institution.memberOf</c> is MEMBER_OF outgoing
/// with the far end named <c>mechanism</c>. Every relationship field of the schema is one of these (see <see cref="LinkFields"/>).
/// </summary>
internal sealed record LinkField(string FieldName, RelationshipType Type, Direction Direction, string EndName, string TypeName, string Description)
{
    public RelationshipSpec Spec => DomainSchema.Relationships[Type];

    /// <summary>Kinds that carry this field.</summary>
    public IReadOnlySet<NodeKind> OwnerKinds => Direction switch
    {
        Direction.Outgoing => Spec.FromKinds,
        Direction.Incoming => Spec.ToKinds,
        _ => Spec.FromKinds.Intersect(Spec.ToKinds).ToHashSet(),
    };

    /// <summary>Kinds the far end may have.</summary>
    public IReadOnlyList<NodeKind> EndKinds => [.. (Direction == Direction.Incoming ? Spec.FromKinds : Spec.ToKinds).Order()];
}
