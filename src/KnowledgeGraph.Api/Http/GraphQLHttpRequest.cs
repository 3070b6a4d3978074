using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>The GraphQL parameters of one HTTP request, after the transport checks.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
