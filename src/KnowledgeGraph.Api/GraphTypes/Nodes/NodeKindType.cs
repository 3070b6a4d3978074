using GraphQL.Types;
using KnowledgeGraph.Api.GraphTypes.Links;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.GraphTypes.Nodes;

/// <summary>
/// The GraphQL type of one node kind (Institution, Agreement, ...): the common node fields, the kind's properties from
/// <see cref="DomainSchema"/>, and every relationship field the kind can carry, read in its direction (<see cref="LinkFields"/>).
/// </summary>
internal sealed class NodeKindType : ObjectGraphType<Node>
{
    public NodeKindType(NodeKind kind, NodeInterface nodeInterface)
    {
        Kind = kind;
        Name = kind.ToString();
        Description = Descriptions[kind];
        IsTypeOf = o => o is Node n && n.Kind == kind;
        NodeFields.AddCommon(this);
        PropertyFields.Add(this, DomainSchema.NodeProperties[kind], o => ((Node)o).Properties, p => PropertyFields.NodeFieldName(kind, p));
        foreach (var link in LinkFields.For(kind))
        {
            AddField(LinkType.ListField(link));
        }

        // Declared last: GraphQL.NET checks the interface's fields are present when it is added.
        AddResolvedInterface(nodeInterface);
        nodeInterface.AddPossibleType(this);
    }

    public NodeKind Kind { get; }

    public static IReadOnlyDictionary<NodeKind, string> Descriptions { get; } = new Dictionary<NodeKind, string>
    {
        [NodeKind.Country] = "A country (mx, us).",
        [NodeKind.Institution] = "A ministry, agency, force, prosecutor, unit or international organisation.",
        [NodeKind.Competency] = "A capability institutions hold at a level 0-5 (e.g. secure information exchange).",
        [NodeKind.Agreement] = "A treaty, framework, initiative, arrangement or standard.",
        [NodeKind.Mechanism] = "A coordination mechanism: task force, cabinet, working group, fusion center.",
        [NodeKind.Objective] = "A strategic objective held by a country or institution, with its prerequisites.",
        [NodeKind.Barrier] = "Something that blocks cooperation: corruption, leaks, sovereignty concerns...",
        [NodeKind.Source] = "A document that facts cite.",
    };
}
