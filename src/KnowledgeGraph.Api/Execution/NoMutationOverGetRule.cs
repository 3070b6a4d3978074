using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Execution;

/// <summary>GET may only run queries (GraphQL over HTTP): a mutation sent with GET is refused with METHOD_NOT_ALLOWED (HTTP 405).</summary>
internal sealed class NoMutationOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is RequestContext { IsGet: true } && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new ValidationError($"{context.Operation.Operation} operations are not allowed over GET; use POST.")
            {
                Code = ApiErrorCodes.MethodNotAllowed,
            });
        }

        return default;
    }
}
