using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Api.GraphTypes;
using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Api.Observability;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// <c>GET</c> and <c>POST /graphql</c> per GraphQL over HTTP: content negotiation, transport checks, execution with the
/// request's limits, and status codes (with application/graphql-response+json a request error is a 4xx without data;
/// with application/json it is 200). Browsers asking for HTML get the GraphiQL page.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<KnowledgeGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLHttpRequestReader reader,
    GraphiQLPage graphiQL,
    ApiTelemetry telemetry,
    IOptions<GraphQLLimitsOptions> limits)
{
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var format = ResponseFormats.Negotiate(http.Request.Headers.Accept);
        var isGet = HttpMethods.IsGet(http.Request.Method);

        if (isGet && format == ResponseFormat.Html && !http.Request.Query.ContainsKey("query"))
        {
            await graphiQL.WriteAsync(http).ConfigureAwait(false);
            return;
        }

        if (format is ResponseFormat.None or ResponseFormat.Html)
        {
            // Nothing we can send is acceptable: say so in JSON, which every GraphQL client reads.
            await WriteProblemAsync(http, ResponseFormat.Json, new(StatusCodes.Status406NotAcceptable, ApiErrorCodes.NotAcceptable,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."), started).ConfigureAwait(false);
            return;
        }

        var (request, problem) = await reader.ReadAsync(http.Request, limits.Value.MaxRequestBodyBytes, http.RequestAborted).ConfigureAwait(false);
        if (problem is not null)
        {
            await WriteProblemAsync(http, format, problem, started).ConfigureAwait(false);
            return;
        }

        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request!.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.UserContext = new RequestContext { IsGet = isGet };
            options.CancellationToken = http.RequestAborted;
            options.Timeout = limits.Value.RequestTimeout;
            options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
        }).ConfigureAwait(false);

        var status = StatusFor(result, format);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType(format);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
        telemetry.RecordRequest(http, request!.OperationName ?? result.Operation?.Name?.StringValue, result.Operation?.Operation.ToString(), status, result.Errors, started);
    }

    private static int StatusFor(ExecutionResult result, ResponseFormat format)
    {
        if (result.Errors?.Any(e => e.Code == ApiErrorCodes.MethodNotAllowed) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // A request error (parse, validation, variables) never started execution: no data, and 400 for the new media type.
        return format == ResponseFormat.GraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task WriteProblemAsync(HttpContext http, ResponseFormat format, HttpRequestProblem problem, long started)
    {
        http.Response.StatusCode = problem.StatusCode;
        http.Response.ContentType = ContentType(format);
        var result = new ExecutionResult { Executed = false, Errors = [new ApiError(problem.Code, problem.Message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
        telemetry.RecordRequest(http, null, null, problem.StatusCode, result.Errors, started);
    }

    private static string ContentType(ResponseFormat format) =>
        (format == ResponseFormat.GraphQLResponse ? MediaTypes.GraphQLResponse : MediaTypes.Json) + "; charset=utf-8";
}
