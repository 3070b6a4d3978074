using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Sends GraphQL requests like a client and compares answers with raw-string JSON.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public const string GraphQLResponseType = "application/graphql-response+json";

    public HttpClient Http => http;

    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = GraphQLResponseType, string? operationName = null) =>
        PostRawAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public async Task<GraphQLResponse> PostRawAsync(string body, string? accept = GraphQLResponseType, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(request);
    }

    public async Task<GraphQLResponse> GetAsync(string pathAndQuery, string? accept = GraphQLResponseType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(request);
    }

    /// <summary>Runs a query and asserts its <c>data</c> equals <paramref name="expectedData"/> (JSON, order of properties ignored) with no errors.</summary>
    public async Task AssertQueryAsync(string query, string expectedData, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        response.Errors.ShouldBeEmpty($"errors: {response.Text}");
        AssertJsonEqual(response.Data, expectedData);
    }

    public static void AssertJsonEqual(JsonNode? actual, string expected)
    {
        var expectedNode = JsonNode.Parse(expected);
        JsonNode.DeepEquals(Normalize(actual), Normalize(expectedNode)).ShouldBeTrue(
            $"expected {expectedNode?.ToJsonString()}\n  actual {actual?.ToJsonString()}");
    }

    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Normalize)]),
        null => null,
        _ => node.DeepClone(),
    };

    private async Task<GraphQLResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.ToString(), text);
    }
}
