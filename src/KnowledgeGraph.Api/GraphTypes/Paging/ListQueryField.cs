using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Api.GraphTypes.Filtering;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Paging;

/// <summary>The list query of one kind (<c>institutions(where, order, first, after, last, before)</c>), run by the store in one call.</summary>
internal static class ListQueryField
{
    public static string FieldName(NodeKind kind) => kind switch
    {
        NodeKind.Country => "countries",
        NodeKind.Competency => "competencies",
        _ => Camel(kind.ToString()) + "s",
    };

    public static FieldType Create(NodeKind kind, GraphQLLimitsOptions limits)
    {
        var field = MakeField(
            FieldName(kind),
            NonNull($"{kind}Connection"),
            $"{kind} nodes: filter with where, sort with order, page with first/after (or last/before). At most {limits.MaxPageSize} per page.",
            c => ResolveAsync(kind, c, limits),
            Argument("where", Ref(WhereFields.WhereTypeName(kind))),
            Argument("order", new ListGraphType(NonNull(WhereFields.OrderTypeName(kind))), "Sort keys in order; ties are broken by id."),
            Argument("first", Ref("Int"), $"Page size going forward (default {limits.DefaultPageSize})."),
            Argument("after", Ref("String"), "Cursor to continue after."),
            Argument("last", Ref("Int"), "Page size going backward."),
            Argument("before", Ref("String"), "Cursor to continue before."));
        return field;
    }

    /// <summary>Checks first/last against the page size limit; returns the effective values.</summary>
    public static (int? First, int? Last) CheckPageSize(IResolveFieldContext context, GraphQLLimitsOptions limits)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value is < 0)
            {
                throw new ApiError(ApiErrorCodes.BadUserInput, $"{name} must not be negative.", [name]);
            }

            if (value > limits.MaxPageSize)
            {
                throw new ApiError(ApiErrorCodes.PageSizeExceeded, $"{name} is {value}; the largest page is {limits.MaxPageSize}.", [name]);
            }
        }

        if (first is not null && last is not null)
        {
            throw new ApiError(ApiErrorCodes.BadUserInput, "Pass first (forward) or last (backward), not both.", ["last"]);
        }

        return first is null && last is null ? (limits.DefaultPageSize, null) : (first, last);
    }

    private static async Task<object?> ResolveAsync(NodeKind kind, IResolveFieldContext context, GraphQLLimitsOptions limits)
    {
        var (first, last) = CheckPageSize(context, limits);
        var query = new NodeQuery
        {
            Kind = kind,
            Filter = FilterConverter.ToFilter(kind, context.GetArgument<object?>("where"), ["where"]),
            Sort = FilterConverter.ToSort(kind, context.GetArgument<object?>("order"), ["order"]),
            First = first,
            After = context.GetArgument<string?>("after"),
            Last = last,
            Before = context.GetArgument<string?>("before"),
            IncludeTotalCount = context.SubFields?.Values.Any(f => f.Field.Name.StringValue == "totalCount") == true,
        };
        var loader = context.Loader();
        var page = await loader.Store.QueryNodesAsync(query, context.CancellationToken).ConfigureAwait(false);
        loader.Prime(page.Items.Select(i => i.Node));
        return page;
    }
}
