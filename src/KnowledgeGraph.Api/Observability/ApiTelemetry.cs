using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// One structured log line and two metrics per GraphQL request: operation name and type, HTTP status, duration and
/// error codes. Variables and query text are never logged (they may carry data the curators consider private).
/// </summary>
internal sealed class ApiTelemetry : IDisposable
{
    public const string MeterName = "KnowledgeGraph.Api";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly ILogger<ApiTelemetry> _logger;

    public ApiTelemetry(IMeterFactory meters, ILogger<ApiTelemetry> logger)
    {
        _logger = logger;
        _meter = meters.Create(MeterName);
        _requests = _meter.CreateCounter<long>("graphql.requests", description: "GraphQL requests by operation type and outcome.");
        _duration = _meter.CreateHistogram<double>("graphql.request.duration", unit: "ms", description: "GraphQL request duration.");
    }

    public void RecordRequest(HttpContext http, string? operationName, string? operationType, int status, IEnumerable<ExecutionError>? errors, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var codes = errors?.Select(e => e.Code ?? "UNKNOWN").Distinct(StringComparer.Ordinal).ToArray() ?? [];
        var outcome = codes.Length == 0 ? "ok" : "error";
        var tags = new TagList { { "graphql.operation.type", operationType ?? "none" }, { "outcome", outcome }, { "http.response.status_code", status } };
        _requests.Add(1, tags);
        _duration.Record(elapsed, tags);
        if (!_logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        _logger.LogInformation(
            "GraphQL {Method} {OperationType} {OperationName} answered {StatusCode} in {DurationMs:0.0} ms with errors [{ErrorCodes}]",
            http.Request.Method,
            operationType ?? "none",
            operationName ?? "(anonymous)",
            status,
            elapsed,
            string.Join(",", codes));
    }

    public void Dispose() => _meter.Dispose();
}
