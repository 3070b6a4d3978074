using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Application.Security;
using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary><c>auditLog(first, actor, itemId, since)</c> on Query: the audit trail, newest first, for admins only.</summary>
internal static class AuditLogField
{
    public const int DefaultFirst = 50;

    public static FieldType Create() => new FieldType
    {
        Name = "auditLog",
        Description = "Who changed what and when, newest first (role admin).",
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new AuditEntryType()))),
        Arguments = new QueryArguments(
            new QueryArgument(new IntGraphType()) { Name = "first", Description = "Most entries.", DefaultValue = DefaultFirst },
            new QueryArgument(new StringGraphType()) { Name = "actor", Description = "Only this actor (key:NAME, jwt:SUBJECT, anonymous)." },
            new QueryArgument(new IdGraphType()) { Name = "itemId", Description = "Only this node or relationship." },
            new QueryArgument(new DateTimeOffsetGraphType()) { Name = "since", Description = "Only entries at or after this time." }),
        Resolver = new FuncFieldResolver<object?>(c => new ValueTask<object?>(ResolveAsync(c))),
    }.RequireRole(ApiRole.Admin);

    private static async Task<object?> ResolveAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var maxPageSize = services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.MaxPageSize;
        var first = context.GetArgument("first", DefaultFirst);
        if (first < 1 || first > maxPageSize)
        {
            throw new ApiError(first < 1 ? ApiErrorCodes.BadUserInput : ApiErrorCodes.PageSizeExceeded, $"first must be 1..{maxPageSize}.", ["first"]);
        }

        var query = new AuditQuery(first)
        {
            Actor = context.GetArgument<string?>("actor"),
            ItemId = context.GetArgument<string?>("itemId"),
            Since = context.GetArgument<DateTimeOffset?>("since"),
        };
        return await services.GetRequiredService<IGraphStore>().GetAuditLogAsync(query, context.CancellationToken).ConfigureAwait(false);
    }
}
