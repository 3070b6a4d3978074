namespace KnowledgeGraph.Api.Http;

/// <summary>A request refused before GraphQL execution: HTTP status, stable code and message.</summary>
internal sealed record HttpRequestProblem(int StatusCode, string Code, string Message);
