using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Paging;

/// <summary><c>InstitutionConnection</c>, ...: a Relay page of one kind with <c>totalCount</c> (counted by the store, only when asked).</summary>
internal sealed class ConnectionType : ObjectGraphType<NodePage>
{
    public ConnectionType(NodeKind kind)
    {
        Name = $"{kind}Connection";
        Description = $"A page of {kind} nodes.";
        AddField(MakeField("totalCount", Ref("Int"), "Number of matches over all pages (a count query, run only when selected).", c => P(c.Source).TotalCount is { } n ? (int)Math.Min(n, int.MaxValue) : null));
        AddField(MakeField("pageInfo", NonNull("PageInfo"), null, c => c.Source));
        AddField(MakeField("edges", ListOf(EdgeName(kind)), null, c => P(c.Source).Items));
        AddField(MakeField("nodes", ListOf(kind.ToString()), "The page's nodes, without cursors.", c => P(c.Source).Items.Select(i => i.Node).ToList()));
    }

    public static string EdgeName(NodeKind kind) => $"{kind}Edge";

    private static NodePage P(object? source) => (NodePage)source!;
}
