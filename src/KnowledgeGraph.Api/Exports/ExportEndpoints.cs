using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Application.Exports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>GET /export/{format}?scope=all|neighbourhood|coordination&amp;id=&amp;depth=&amp;types=&amp;asOf=&amp;analytics=true</c>:
/// the export as a download (ADR-091). Bad input is a 400 problem naming the parameter; an unknown id is a 404.
/// Needs <see cref="ExportServiceCollectionExtensions.AddExports"/> in the services.
/// </summary>
internal static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{format}", ExportAsync).WithName("Export");
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(string format, HttpRequest request, ExportService exports, CancellationToken cancellationToken)
    {
        PreparedExport export;
        try
        {
            var type = ExportParameters.ParseFormat(format);
            var query = request.Query;
            var exportRequest = ExportParameters.Parse(query["scope"], query["id"], query["depth"], query["types"], query["asOf"], query["analytics"]);
            export = await exports.PrepareAsync(type, exportRequest, cancellationToken);
        }
        catch (ExportException ex)
        {
            var status = ex.Code == ExportCodes.UnknownNode ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Problem(status, ex.Code, ex.Message, ex.Parameter);
        }
        catch (AnalysisException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, ex.Code, ex.Message, null);
        }

        return Results.Stream(
            async body => await export.WriteAsync(body, cancellationToken),
            export.Type.ContentType,
            export.FileName);
    }

    private static IResult Problem(int status, string code, string message, string? parameter) => Results.Problem(
        statusCode: status,
        title: status == StatusCodes.Status404NotFound ? "Node not found" : "Invalid export request",
        detail: message,
        extensions: new Dictionary<string, object?> { ["code"] = code, ["parameter"] = parameter });
}
