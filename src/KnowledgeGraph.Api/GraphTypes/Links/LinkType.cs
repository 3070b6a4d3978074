using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphTypes.Nodes;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Links;

/// <summary>
/// The one building block of every relationship field: a relationship seen from one end, with the relationship's own
/// properties (level, role, channel, ...), provenance and validity, and the far end under a meaningful name
/// (<c>competency</c>, <c>mechanism</c>, <c>party</c>). When the far end may be of several kinds it is a <c>Node</c>,
/// and one typed field per kind (<c>institution</c>, <c>country</c>) is null unless the far end is of that kind.
/// </summary>
internal sealed class LinkType : ObjectGraphType<Link>
{
    public LinkType(LinkField field)
    {
        Name = field.TypeName;
        Description = $"{field.Type.ToWireName()} ({field.Direction.ToString().ToLowerInvariant()}): {field.Spec.Description}";
        AddField(MakeField("id", NonNull("ID"), "The relationship's id.", c => L(c).Relationship.Id));
        AddField(MakeField("type", NonNull("RelationshipType"), null, c => L(c).Relationship.Type));
        PropertyFields.Add(this, field.Spec.Properties, o => ((Link)o).Relationship.Properties, p => p);

        var ends = field.EndKinds;
        var endType = ends.Count == 1 ? NonNull(ends[0].ToString()) : NonNull("Node");
        AddField(MakeField(field.EndName, endType, "The node at the other end.", c => c.Loader().LoadNode(L(c).OtherId)));
        if (ends.Count > 1)
        {
            foreach (var kind in ends)
            {
                AddField(MakeField(Camel(kind.ToString()), Ref(kind.ToString()), $"The other end when it is a {kind}, else null.", c =>
                    c.Loader().LoadNode(L(c).OtherId).Then(n => n?.Kind == kind ? n : null)));
            }
        }

        AddField(MakeField("description", Ref("String"), null, c => L(c).Relationship.Description));
        AddField(MakeField("confidence", NonNull("Confidence"), null, c => L(c).Relationship.Confidence));
        AddField(MakeField("provenance", NonNull("Provenance"), null, c => L(c).Relationship.Provenance));
        AddField(MakeField("validFrom", Ref("Date"), null, c => L(c).Relationship.ValidFrom));
        AddField(MakeField("validTo", Ref("Date"), null, c => L(c).Relationship.ValidTo));
        AddField(MakeField("properties", ListOf("PropertyValue"), "The relationship's properties as name and text.", c => L(c).Relationship.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList()));
    }

    /// <summary>The list field on a node type, e.g. <c>Institution.memberOf(asOf: Date): [MembershipLink!]!</c>.</summary>
    public static FieldType ListField(LinkField field) =>
        MakeField(
            field.FieldName,
            ListOf(field.TypeName),
            field.Description + " Pass asOf to keep only relationships valid on that date.",
            c =>
            {
                var node = (Node)c.Source!;
                var asOf = c.GetArgument<DateOnly?>("asOf");
                return c.Loader().LoadLinks(node.Id, field.Type, field.Direction).Then(rels => (IReadOnlyList<Link>)
                    [.. rels.Where(r => asOf is null || r.IsValidOn(asOf.Value)).Select(r => new Link(node.Id, r))]);
            },
            Argument("asOf", Ref("Date"), "Keep only relationships valid on this date."));

    private static Link L(IResolveFieldContext context) => (Link)context.Source!;
}
