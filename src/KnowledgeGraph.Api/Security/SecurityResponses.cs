using System.Text.Json;
using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Security;

/// <summary>Writes security refusals in the GraphQL error shape (<c>{"errors":[{"message","extensions":{"code"}}]}</c>) that clients already read.</summary>
internal static class SecurityResponses
{
    public static async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = SecuritySchemes.Challenge;
        }

        var format = ResponseFormats.Negotiate(http.Request.Headers.Accept);
        http.Response.ContentType = (format == ResponseFormat.GraphQLResponse ? MediaTypes.GraphQLResponse : MediaTypes.Json) + "; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await http.Response.Body.WriteAsync(buffer.ToArray(), http.RequestAborted).ConfigureAwait(false);
    }
}
