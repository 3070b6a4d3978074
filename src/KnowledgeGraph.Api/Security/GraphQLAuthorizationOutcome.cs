namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Per request (scoped): the HTTP status the GraphQL authorization rule wants (401 or 403). The rule runs inside the
/// API's GraphQL handler, which sets 200/400; <see cref="AccessMiddleware"/> applies this status as the response starts.
/// </summary>
internal sealed class GraphQLAuthorizationOutcome
{
    public int? StatusCode { get; set; }
}
