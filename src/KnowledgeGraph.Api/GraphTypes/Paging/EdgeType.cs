using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Paging;

/// <summary>A node of a page with its cursor.</summary>
internal sealed class EdgeType : ObjectGraphType<PagedNode>
{
    public EdgeType(NodeKind kind)
    {
        Name = ConnectionType.EdgeName(kind);
        AddField(MakeField("cursor", NonNull("String"), "Opaque; pass as after/before.", c => ((PagedNode)c.Source!).Cursor));
        AddField(MakeField("node", NonNull(kind.ToString()), null, c => ((PagedNode)c.Source!).Node));
    }
}
