using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.Exceptions;
using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Execution;

/// <summary>
/// Turns every error into <c>message</c> + <c>extensions.code</c> (one of <see cref="ApiErrorCodes"/> or a store/validation
/// code), plus <c>inputPath</c> for bad input and <c>rule</c> for GraphQL validation rules. Never a stack trace or an
/// exception's own message for unexpected failures.
/// </summary>
internal sealed class ApiErrorInfoProvider(ILogger<ApiErrorInfoProvider> logger) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        var message = executionError.Message;
        switch (executionError)
        {
            case ApiError api:
                extensions["code"] = api.Code;
                if (api.InputPath is { Count: > 0 } path)
                {
                    extensions["inputPath"] = path;
                }

                break;
            case SyntaxError syntax:
                extensions["code"] = syntax.InnerException is GraphQLMaxDepthExceededException ? ApiErrorCodes.ParserDepthExceeded : ApiErrorCodes.ParseFailed;
                break;
            case ValidationError validation when validation.Code is ApiErrorCodes.MaxDepthExceeded or ApiErrorCodes.MaxComplexityExceeded or ApiErrorCodes.MethodNotAllowed:
                extensions["code"] = validation.Code;
                break;
            case ValidationError validation:
                extensions["code"] = IsInputError(validation) ? ApiErrorCodes.BadUserInput : ApiErrorCodes.ValidationFailed;
                extensions["rule"] = validation.Code;
                break;
            case TimeoutError:
                extensions["code"] = ApiErrorCodes.Timeout;
                break;
            case DocumentError or RequestError:
                extensions["code"] = executionError.Code ?? ApiErrorCodes.BadRequest;
                break;
            default:
                (extensions["code"], message) = FromException(executionError);
                break;
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private (string Code, string Message) Internal(Exception exception)
    {
        logger.LogError(exception, "GraphQL request failed unexpectedly");
        return (ApiErrorCodes.Internal, "An internal error occurred; it has been logged.");
    }

    private static bool IsInputError(ValidationError error) =>
        error.Code is "INVALID_VARIABLE" or "VARIABLES_IN_ALLOWED_POSITION" or "ARGUMENTS_OF_CORRECT_TYPE" or "PROVIDED_NON_NULL_ARGUMENTS"
            or "INPUT_FIELDS_ON_CORRECT_TYPE" or "INVALID_VALUE";

    private (string Code, string Message) FromException(ExecutionError error)
    {
        var inner = error.InnerException;
        while (inner is ExecutionError { InnerException: not null } wrapped)
        {
            inner = wrapped.InnerException;
        }

        return inner switch
        {
            ApiError api => (api.Code!, api.Message),
            GraphQLMaxDepthExceededException => (ApiErrorCodes.ParserDepthExceeded, "The document nests deeper than the parser allows."),
            GraphQLSyntaxErrorException syntax => (ApiErrorCodes.ParseFailed, syntax.Message),
            GraphStoreException store => (store.Code, store.Message),
            OperationCanceledException => (ApiErrorCodes.Timeout, "The request was cancelled or timed out."),
            null when error.Code is not null => (error.Code, error.Message),
            _ => Internal(inner ?? error),
        };
    }
}
