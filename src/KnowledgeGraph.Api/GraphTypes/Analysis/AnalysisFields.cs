using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Api.GraphTypes.Mutations;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Core.Model;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>
/// The analysts' questions as query fields over <see cref="AnalysisService"/>: coordination network, bottlenecks,
/// bridges, interoperability paths, roadmap and what-if. Analysis errors keep their codes (UNKNOWN_NODE, NO_PATH, ...)
/// and point at the argument that caused them.
/// </summary>
internal static class AnalysisFields
{
    /// <summary>Analyses read the whole graph: each counts like a large list in the complexity score.</summary>
    private const double Impact = 200;

    public static IEnumerable<FieldType> Create(GraphQLLimitsOptions limits)
    {
        var asOf = Argument("asOf", Ref("Date"), "Read the graph as it stood on this date.");

        yield return Costly(MakeField("coordinationNetwork", NonNull("CoordinationNetwork"), "Institutions and mechanisms valid on the date and their costed coordination links.",
            c => RunAsync(c, s => s.GetCoordinationNetworkAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken)), asOf));

        yield return Costly(MakeField("bottlenecks", ListOf("Bottleneck"), $"Where coordination concentrates: the top nodes by betweenness (at most {limits.MaxPageSize}), with single points of failure, dependants and core numbers.",
            c =>
            {
                var top = c.GetArgument<int>("top");
                if (top > limits.MaxPageSize)
                {
                    throw new ApiError(ApiErrorCodes.PageSizeExceeded, $"top is {top}; at most {limits.MaxPageSize}.", ["top"]);
                }

                return RunAsync(c, s => s.GetBottlenecksAsync(Query(c, top), c.CancellationToken));
            },
            Argument("top", Ref("Int"), "How many rows.", 10),
            Argument("kinds", new ListGraphType(NonNull("NodeKind")), "INSTITUTION and/or MECHANISM (both when omitted)."),
            Argument("weighted", Ref("Boolean"), "Betweenness over link costs instead of hops.", false),
            Argument("samples", Ref("Int"), "Approximate from this many sources (exact when omitted)."),
            Argument("seed", Ref("Int"), "Seed of the sampling."),
            asOf));

        yield return Costly(MakeField("bridges", ListOf("NetworkLink"), "Single links whose loss disconnects the coordination network, cheapest first.",
            c => RunAsync(c, s => s.GetBridgesAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken)), asOf));

        yield return Costly(MakeField("interoperabilityPaths", ListOf("InteroperabilityPath"), $"The k (1..{AnalysisService.MaxK}) cheapest chains of coordination between two institutions, with the competency gaps of their ends.",
            c => RunAsync(c, s => s.GetInteroperabilityPathsAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument<int>("k"), c.GetArgument<DateOnly?>("asOf"), c.CancellationToken)),
            Argument("from", NonNull("ID"), "An institution id."),
            Argument("to", NonNull("ID"), "Another institution id."),
            Argument("k", Ref("Int"), "How many paths.", 3),
            asOf));

        yield return Costly(MakeField("roadmap", NonNull("Roadmap"), "The road to a goal Objective: unmet prerequisites in order, the critical chain and the best unblocker.",
            c => RunAsync(c, s => s.GetRoadmapAsync(c.GetArgument<string>("goal"), c.GetArgument<DateOnly?>("asOf"), c.CancellationToken)),
            Argument("goal", NonNull("ID"), "An Objective id, e.g. security-treaty."),
            asOf));

        yield return Costly(MakeField("whatIf", NonNull("WhatIfResult"), "Remove institutions or mechanisms (or relationships), add nodes and relationships, and compare bottlenecks and paths before and after. Nothing is written.",
            c =>
            {
                var top = c.GetArgument<int>("top");
                if (top > limits.MaxPageSize)
                {
                    throw new ApiError(ApiErrorCodes.PageSizeExceeded, $"top is {top}; at most {limits.MaxPageSize}.", ["top"]);
                }

                var add = c.GetArgument<Dictionary<string, object?>?>("add");
                var request = new WhatIfRequest
                {
                    RemoveNodeIds = c.GetArgument<List<string>?>("remove") ?? [],
                    RemoveRelationshipIds = c.GetArgument<List<string>?>("removeRelationships") ?? [],
                    AddNodes = [.. Inputs(add, "nodes").Select(CurationService.ToNode)],
                    AddRelationships = [.. Inputs(add, "relationships").Select(CurationService.ToRelationship)],
                    AsOf = c.GetArgument<DateOnly?>("asOf"),
                    Bottlenecks = Query(c, top),
                    PathFrom = c.GetArgument<string?>("pathFrom"),
                    PathTo = c.GetArgument<string?>("pathTo"),
                    K = c.GetArgument<int>("k"),
                };
                return RunAsync(c, s => s.WhatIfAsync(request, c.CancellationToken));
            },
            Argument("remove", new ListGraphType(NonNull("ID")), "Nodes to remove with their relationships (e.g. a dissolved task force)."),
            Argument("removeRelationships", new ListGraphType(NonNull("ID")), "Relationships to remove (e.g. a transfer between ministries)."),
            Argument("add", Ref("WhatIfAddInput"), "Nodes and relationships to add (e.g. a new agreement and its parties)."),
            Argument("top", Ref("Int"), "How many bottleneck rows to compare.", 10),
            Argument("kinds", new ListGraphType(NonNull("NodeKind")), "INSTITUTION and/or MECHANISM (both when omitted)."),
            Argument("weighted", Ref("Boolean"), "Betweenness over link costs instead of hops.", false),
            Argument("pathFrom", Ref("ID"), "Also compare paths from this institution..."),
            Argument("pathTo", Ref("ID"), "...to this one."),
            Argument("k", Ref("Int"), "How many paths.", 3),
            asOf));
    }

    private static BottleneckQuery Query(IResolveFieldContext c, int top) => new()
    {
        Top = top,
        Kinds = c.GetArgument<List<NodeKind>?>("kinds") ?? [],
        Weighted = c.GetArgument<bool>("weighted"),
        Samples = c.HasArgument("samples") ? c.GetArgument<int?>("samples") : null,
        Seed = c.HasArgument("seed") ? c.GetArgument<int?>("seed") : null,
        AsOf = c.GetArgument<DateOnly?>("asOf"),
    };

    private static IEnumerable<IDictionary<string, object?>> Inputs(Dictionary<string, object?>? add, string key) =>
        add is not null && add.TryGetValue(key, out var list) && list is IEnumerable<object?> items ? items.OfType<IDictionary<string, object?>>() : [];

    private static FieldType Costly(FieldType field)
    {
        field.WithComplexityImpact(Impact);
        return field;
    }

    private static async Task<object?> RunAsync<T>(IResolveFieldContext context, Func<AnalysisService, Task<T>> analyse)
    {
        try
        {
            return await analyse(context.RequestServices!.GetRequiredService<AnalysisService>()).ConfigureAwait(false);
        }
        catch (AnalysisException ex)
        {
            throw new ApiError(ex.Code, ex.Message, ArgumentNaming(context, ex.NodeIds));
        }
    }

    /// <summary>The argument whose value is the first node id the analysis complained about, if any.</summary>
    private static IReadOnlyList<object>? ArgumentNaming(IResolveFieldContext context, IReadOnlyList<string> nodeIds)
    {
        if (nodeIds.Count == 0 || context.Arguments is null)
        {
            return null;
        }

        foreach (var (name, value) in context.Arguments)
        {
            if (value.Value is string s && nodeIds.Contains(s, StringComparer.Ordinal))
            {
                return [name];
            }
        }

        return null;
    }
}
