using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Api.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Reads the GraphQL parameters of a GET (query string) or POST (JSON body) request and checks them as GraphQL over
/// HTTP asks: JSON media type, UTF-8, size limit, <c>query</c> a string, <c>operationName</c> a string or null,
/// <c>variables</c> and <c>extensions</c> maps or null.
/// </summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer)
{
    public async Task<(GraphQLHttpRequest? Request, HttpRequestProblem? Problem)> ReadAsync(HttpRequest http, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return ReadQueryString(http.Query);
        }

        if (CheckContentType(http.ContentType) is { } mediaProblem)
        {
            return (null, mediaProblem);
        }

        if (http.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes;
        }

        byte[] body;
        try
        {
            body = await ReadBodyAsync(http.Body, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        if (body.Length > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        if (body.Length == 0)
        {
            return (null, Bad(ApiErrorCodes.BadRequest, "The request body is empty; send a JSON object with a query."));
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return (null, Bad(ApiErrorCodes.InvalidJson, "The request body is not valid UTF-8 JSON."));
        }

        using (json)
        {
            return ReadBody(json.RootElement);
        }
    }

    private (GraphQLHttpRequest?, HttpRequestProblem?) ReadBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, Bad(ApiErrorCodes.BadRequest, "The request body must be a JSON object."));
        }

        string? query = null;
        string? operationName = null;
        Inputs? variables = null;
        Inputs? extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        return (null, Bad(ApiErrorCodes.BadRequest, "query must be a string."));
                    }

                    query = value.GetString();
                    break;
                case "operationName":
                    if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    {
                        return (null, Bad(ApiErrorCodes.BadRequest, "operationName must be a string or null."));
                    }

                    operationName = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    break;
                case "variables":
                case "extensions":
                    if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                    {
                        return (null, Bad(ApiErrorCodes.BadRequest, $"{property.Name} must be a map (JSON object) or null."));
                    }

                    var inputs = value.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(value) : null;
                    if (property.Name == "variables")
                    {
                        variables = inputs;
                    }
                    else
                    {
                        extensions = inputs;
                    }

                    break;
            }
        }

        return string.IsNullOrWhiteSpace(query)
            ? (null, Bad(ApiErrorCodes.BadRequest, "The request has no query; persisted documents are not supported."))
            : (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
    }

    private (GraphQLHttpRequest?, HttpRequestProblem?) ReadQueryString(IQueryCollection parameters)
    {
        var query = parameters["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, Bad(ApiErrorCodes.BadRequest, "The request has no query parameter."));
        }

        var operationName = parameters.TryGetValue("operationName", out var op) && !string.IsNullOrEmpty(op.ToString()) ? op.ToString() : null;
        var (variables, variablesProblem) = ParseMap(parameters, "variables");
        var (extensions, extensionsProblem) = ParseMap(parameters, "extensions");
        var problem = variablesProblem ?? extensionsProblem;
        return problem is not null ? (null, problem) : (new GraphQLHttpRequest(query, operationName, variables, extensions), null);
    }

    private (Inputs?, HttpRequestProblem?) ParseMap(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw.ToString()))
        {
            return (null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(raw.ToString());
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (serializer.ReadNode<Inputs>(json.RootElement), null),
                JsonValueKind.Null => (null, null),
                _ => (null, Bad(ApiErrorCodes.BadRequest, $"{name} must be a JSON object.")),
            };
        }
        catch (JsonException)
        {
            return (null, Bad(ApiErrorCodes.InvalidJson, $"{name} is not valid JSON."));
        }
    }

    private static HttpRequestProblem? CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return new(StatusCodes.Status415UnsupportedMediaType, ApiErrorCodes.UnsupportedMediaType, "Send POST bodies as application/json.");
        }

        if (!media.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new(StatusCodes.Status415UnsupportedMediaType, ApiErrorCodes.UnsupportedMediaType, $"Unsupported content type {media.MediaType}; send application/json.");
        }

        var charset = media.Charset.Value;
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : new(StatusCodes.Status415UnsupportedMediaType, ApiErrorCodes.UnsupportedMediaType, $"Unsupported charset {charset}; send UTF-8.");
    }

    /// <summary>Reads at most <paramref name="max"/> + 1 bytes, so an oversize body is detected without buffering it all.</summary>
    private static async Task<byte[]> ReadBodyAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static HttpRequestProblem TooLarge(long max) =>
        new(StatusCodes.Status413PayloadTooLarge, ApiErrorCodes.RequestTooLarge, $"The request body is larger than {max} bytes.");

    private static HttpRequestProblem Bad(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
