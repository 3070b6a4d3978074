using System.Net;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>What a GraphQL request got back over HTTP.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, string Text)
{
    public JsonNode Body => JsonNode.Parse(Text) ?? throw new InvalidOperationException("empty body");

    public JsonNode? Data => Body["data"];

    public JsonArray Errors => Body["errors"] as JsonArray ?? [];

    public IReadOnlyList<string> ErrorCodes => [.. Errors.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "(none)")];
}
