using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Which failures are retried: connection failures, attempt time-outs, HTTP 503 and <c>Neo.TransientError.*</c>, and only on
/// requests marked <see cref="RetryableOption"/> (implicit statements, transaction begin, discovery). A ClientError is never
/// retried, nor is a statement inside an explicit transaction or its commit (the outcome would be unknown).
/// </summary>
internal static class TransientErrors
{
    public const string TransientPrefix = "Neo.TransientError.";

    public static readonly HttpRequestOptionsKey<bool> RetryableOption = new("KnowledgeGraph.Neo4j.Retryable");

    public static async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Context.GetRequestMessage();
        if (request is null || !request.Options.TryGetValue(RetryableOption, out var retryable) || !retryable)
        {
            return false;
        }

        if (args.Outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = args.Outcome.Result;
        if (response is null)
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return true;
        }

        if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.BadRequest or HttpStatusCode.InternalServerError)
        {
            await response.Content.LoadIntoBufferAsync(args.Context.CancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(args.Context.CancellationToken).ConfigureAwait(false);
            return HasTransientError(body);
        }

        return false;
    }

    /// <summary>True when the body's <c>errors</c> array holds a <c>Neo.TransientError.*</c> code.</summary>
    public static bool HasTransientError(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.Contains(TransientPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.EnumerateArray().Any(e =>
                    e.TryGetProperty("code", out var code) && code.GetString()?.StartsWith(TransientPrefix, StringComparison.Ordinal) == true);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
