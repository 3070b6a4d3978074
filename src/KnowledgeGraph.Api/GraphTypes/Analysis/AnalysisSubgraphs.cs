using GraphQL;
using KnowledgeGraph.Api.GraphTypes.Common;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>Turns analysis results (node ids, relationship ids) into drawable subgraphs, with two store calls.</summary>
internal static class AnalysisSubgraphs
{
    public static object Nodes(IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        var loader = context.Loader();
        var loads = ids.Select(loader.LoadNode).ToList();
        return new LoaderResult<IReadOnlyList<Node>>(async ct =>
        {
            var nodes = new List<Node>(loads.Count);
            foreach (var load in loads)
            {
                if (await load.GetResultAsync(ct).ConfigureAwait(false) is { } node)
                {
                    nodes.Add(node);
                }
            }

            return nodes;
        });
    }

    /// <summary>
    /// The nodes with the given ids and the relationships among them: those named by <paramref name="relationshipIds"/>,
    /// or, when null, the REQUIRES relationships (a roadmap's edges).
    /// </summary>
    public static async Task<object?> BuildAsync(IResolveFieldContext context, IEnumerable<string> nodeIds, IEnumerable<string>? relationshipIds)
    {
        var ids = nodeIds.Distinct(StringComparer.Ordinal).ToList();
        var store = context.Loader().Store;
        var nodes = await store.GetNodesAsync(ids, context.CancellationToken).ConfigureAwait(false);
        var present = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var wanted = relationshipIds?.ToHashSet(StringComparer.Ordinal);
        var query = new RelationshipQuery(ids, Direction.Outgoing) { Types = wanted is null ? [RelationshipType.Requires] : null };
        var relationships = ids.Count == 0 ? [] : await store.GetRelationshipsAsync(query, context.CancellationToken).ConfigureAwait(false);
        var edges = relationships
            .Where(r => present.Contains(r.From) && present.Contains(r.To) && (wanted is null || wanted.Contains(r.Id)))
            .ToList();
        return new Subgraph(nodes, edges);
    }
}
