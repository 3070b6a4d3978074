using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Api.GraphTypes.Analysis;
using KnowledgeGraph.Api.GraphTypes.Paging;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes;

/// <summary>The query root: nodes by id, search, a paged list per kind, neighbourhoods (and analysis, see <see cref="AnalysisFields"/>).</summary>
internal sealed class KnowledgeGraphQuery : ObjectGraphType
{
    public KnowledgeGraphQuery(GraphQLLimitsOptions limits)
    {
        Name = "Query";
        Description = "Read the knowledge graph of Mexico–US security cooperation.";

        AddField(MakeField("node", Ref("Node"), "The node with this id, or null.", c => c.Loader().LoadNode(c.GetArgument<string>("id")),
            Argument("id", NonNull("ID"))));

        AddField(MakeField("nodes", NonNull(new ListGraphType(Ref("Node"))), $"Nodes by id, in the order asked (null for unknown ids); at most {limits.MaxPageSize}.", c =>
        {
            var ids = c.GetArgument<List<string>>("ids");
            if (ids.Count > limits.MaxPageSize)
            {
                throw new ApiError(ApiErrorCodes.PageSizeExceeded, $"{ids.Count} ids asked; at most {limits.MaxPageSize}.", ["ids"]);
            }

            var loader = c.Loader();
            var loads = ids.Select(loader.LoadNode).ToList();
            return new LoaderResult<IReadOnlyList<Node?>>(async ct =>
            {
                var nodes = new List<Node?>(loads.Count);
                foreach (var load in loads)
                {
                    nodes.Add(await load.GetResultAsync(ct).ConfigureAwait(false));
                }

                return nodes;
            });
        }, Argument("ids", NonNull(new ListGraphType(NonNull("ID"))))));

        AddField(MakeField("search", ListOf("Node"), "Case- and accent-insensitive search over names, acronyms and aliases (Spanish or English); exact matches first.", async c =>
        {
            var first = c.GetArgument<int>("first");
            if (first < 0 || first > limits.MaxPageSize)
            {
                throw new ApiError(first < 0 ? ApiErrorCodes.BadUserInput : ApiErrorCodes.PageSizeExceeded, $"first must be 0..{limits.MaxPageSize}.", ["first"]);
            }

            var kinds = c.GetArgument<List<NodeKind>?>("kinds");
            var loader = c.Loader();
            var found = await loader.Store.SearchAsync(new SearchQuery(c.GetArgument<string>("text"), first) { Kinds = kinds }, c.CancellationToken).ConfigureAwait(false);
            loader.Prime(found);
            return found;
        },
            Argument("text", NonNull("String")),
            Argument("kinds", new ListGraphType(NonNull("NodeKind")), "Only these kinds."),
            Argument("first", Ref("Int"), "Most results.", 20)));

        foreach (var kind in NodeKinds.All.Order())
        {
            AddField(ListQueryField.Create(kind, limits));
        }

        AddField(MakeField("neighbourhood", NonNull("Subgraph"), $"The nodes within depth hops of a node (depth 1..{limits.MaxNeighbourhoodDepth}, at most {limits.MaxNeighbourhoodNodes} nodes) and the edges among them, for visualisation.", async c =>
        {
            var depth = c.GetArgument<int>("depth");
            if (depth < 1 || depth > limits.MaxNeighbourhoodDepth)
            {
                throw new ApiError(ApiErrorCodes.BadUserInput, $"depth must be 1..{limits.MaxNeighbourhoodDepth}.", ["depth"]);
            }

            var query = new NeighbourhoodQuery(c.GetArgument<string>("id"), depth, c.GetArgument<Direction>("direction"))
            {
                Types = c.GetArgument<List<RelationshipType>?>("types"),
                MaxNodes = limits.MaxNeighbourhoodNodes,
            };
            var loader = c.Loader();
            var subgraph = await loader.Store.GetNeighbourhoodAsync(query, c.CancellationToken).ConfigureAwait(false);
            loader.Prime(subgraph.Nodes);
            return subgraph;
        },
            Argument("id", NonNull("ID")),
            Argument("depth", Ref("Int"), "Hops from the node.", 1),
            Argument("types", new ListGraphType(NonNull("RelationshipType")), "Only these relationship types."),
            Argument("direction", Ref("Direction"), "Follow relationships in this direction.", Direction.Both)));

        foreach (var field in AnalysisFields.Create(limits))
        {
            AddField(field);
        }

        AddField(Security.AuditLogField.Create());
    }
}
