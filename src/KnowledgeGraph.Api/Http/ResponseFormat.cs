using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>What the client accepts: the GraphQL-over-HTTP media types, or an HTML page (browsers).</summary>
internal enum ResponseFormat
{
    GraphQLResponse,
    Json,
    Html,
    None,
}

/// <summary>Accept-header negotiation per GraphQL over HTTP: a missing Accept or <c>*/*</c> means application/json.</summary>
internal static class ResponseFormats
{
    public static ResponseFormat Negotiate(IList<string> acceptValues)
    {
        if (acceptValues.Count == 0 || acceptValues.All(string.IsNullOrWhiteSpace))
        {
            return ResponseFormat.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptValues, out var parsed) || parsed.Count == 0)
        {
            return ResponseFormat.Json;
        }

        var best = ResponseFormat.None;
        double bestQuality = 0;
        foreach (var media in parsed)
        {
            var quality = media.Quality ?? 1.0;
            var format = Classify(media);
            if (format == ResponseFormat.None || quality <= 0)
            {
                continue;
            }

            // Higher quality wins; on a tie the more specific GraphQL type beats plain JSON, and both beat HTML.
            if (quality > bestQuality || (quality == bestQuality && format < best))
            {
                best = format;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static ResponseFormat Classify(MediaTypeHeaderValue media)
    {
        var type = media.MediaType.Value?.ToLowerInvariant();
        return type switch
        {
            MediaTypes.GraphQLResponse => ResponseFormat.GraphQLResponse,
            MediaTypes.Json or "application/*" or "*/*" => ResponseFormat.Json,
            MediaTypes.Html or "application/xhtml+xml" => ResponseFormat.Html,
            _ => ResponseFormat.None,
        };
    }
}
