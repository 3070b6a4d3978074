using GraphQL;
using GraphQL.Execution;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Gives authorization refusals their own <c>extensions.code</c> (<c>UNAUTHENTICATED</c>, <c>FORBIDDEN</c>) and hands
/// every other error to the API's provider unchanged (which would file them under GRAPHQL_VALIDATION_FAILED).
/// </summary>
internal sealed class SecurityErrorInfoProvider(IErrorInfoProvider inner) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError) =>
        executionError is AuthorizationError refusal
            ? new ErrorInfo { Message = refusal.Message, Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = refusal.Code } }
            : inner.GetInfo(executionError);
}
