using GraphQL.Types;
using KnowledgeGraph.Core.Queries;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Paging;

/// <summary>Relay page info of a <see cref="NodePage"/>.</summary>
internal sealed class PageInfoType : ObjectGraphType<NodePage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay page info: pass endCursor as after (or startCursor as before) for the next page.";
        AddField(MakeField("hasNextPage", NonNull("Boolean"), null, c => P(c.Source).HasNextPage));
        AddField(MakeField("hasPreviousPage", NonNull("Boolean"), null, c => P(c.Source).HasPreviousPage));
        AddField(MakeField("startCursor", Ref("String"), null, c => P(c.Source).Items.Count > 0 ? P(c.Source).Items[0].Cursor : null));
        AddField(MakeField("endCursor", Ref("String"), null, c => P(c.Source).Items.Count > 0 ? P(c.Source).Items[^1].Cursor : null));
    }

    private static NodePage P(object? source) => (NodePage)source!;
}
