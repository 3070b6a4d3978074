namespace KnowledgeGraph.Api.Execution;

/// <summary>The stable <c>extensions.code</c> values of the API's errors (documented in docs/readme/api.md).</summary>
internal static class ApiErrorCodes
{
    // HTTP-level request problems (no GraphQL execution happened).
    public const string BadRequest = "BAD_REQUEST";
    public const string InvalidJson = "INVALID_JSON";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    // Document problems.
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ParserDepthExceeded = "PARSER_DEPTH_EXCEEDED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";

    // Limits.
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string Timeout = "TIMEOUT";

    // Execution.
    public const string NotFound = "NOT_FOUND";
    public const string Internal = "INTERNAL_ERROR";
}
