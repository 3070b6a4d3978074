using System.Globalization;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Application.Exports;

/// <summary>
/// Reads an export request from text as users type it (<c>kg export</c> options, <c>/export/{format}</c> query
/// parameters) and checks it. Every refusal is an <see cref="ExportException"/> naming the parameter by its HTTP name.
/// </summary>
public static class ExportParameters
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The scope names, in <see cref="ExportScope"/> order.</summary>
    public static IReadOnlyList<string> ScopeNames { get; } = ["all", "neighbourhood", "coordination"];

    /// <summary>Parses and checks a request; null or empty text means "not given".</summary>
    /// <exception cref="ExportException">A parameter is malformed, out of range, missing or not allowed with the scope.</exception>
    public static ExportRequest Parse(string? scope, string? id, string? depth, string? types, string? asOf, string? analytics)
    {
        var request = new ExportRequest
        {
            Scope = ParseScope(scope),
            Id = Given(id),
            Depth = Given(depth) is { } d
                ? int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var hops) ? hops : throw Invalid("depth", $"depth '{d}' is not a whole number")
                : null,
            Types = Given(types) is { } t ? ParseTypes(t) : null,
            AsOf = Given(asOf) is { } date ? ParseDate(date, "asOf") : null,
            Analytics = Given(analytics) is { } a
                ? bool.TryParse(a, out var flag) ? flag : throw Invalid("analytics", $"analytics '{a}' is not true or false")
                : false,
        };
        Check(request);
        return request;
    }

    /// <summary>Checks a request built in code: the neighbourhood needs an id and a depth in 1..5; the other scopes take neither.</summary>
    /// <exception cref="ExportException">The request is not consistent.</exception>
    public static void Check(ExportRequest request)
    {
        if (request.Scope == ExportScope.Neighbourhood)
        {
            if (string.IsNullOrWhiteSpace(request.Id))
            {
                throw Invalid("id", "the neighbourhood scope needs the id of its centre node");
            }

            if (request.Depth is < ExportRequest.MinDepth or > ExportRequest.MaxDepth)
            {
                throw Invalid("depth", $"depth must be between {ExportRequest.MinDepth} and {ExportRequest.MaxDepth}, not {request.Depth}");
            }

            return;
        }

        var scope = ScopeNames[(int)request.Scope];
        if (request.Id is not null)
        {
            throw Invalid("id", $"id is only used with the neighbourhood scope, not with {scope}");
        }

        if (request.Depth is not null)
        {
            throw Invalid("depth", $"depth is only used with the neighbourhood scope, not with {scope}");
        }

        if (request.Types is not null)
        {
            throw Invalid("types", $"types is only used with the neighbourhood scope, not with {scope}");
        }
    }

    /// <summary>Reads a format name (see <see cref="ExportFileType.TryParse"/>).</summary>
    /// <exception cref="ExportException">The name is unknown.</exception>
    public static ExportFileType ParseFormat(string? text) =>
        ExportFileType.TryParse(text, out var type)
            ? type
            : throw Invalid("format", $"unknown format '{text}' (known: {string.Join(", ", ExportFileType.All.Select(t => t.Name))})");

    /// <summary>Reads a <c>YYYY-MM-DD</c> date (the as-of date of exports and analyses).</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static ExportScope ParseScope(string? text)
    {
        if (Given(text) is not { } name)
        {
            return ExportScope.All;
        }

        if (name.Equals("neighborhood", StringComparison.OrdinalIgnoreCase))
        {
            return ExportScope.Neighbourhood;
        }

        var index = ScopeNames.ToList().FindIndex(s => s.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? (ExportScope)index : throw Invalid("scope", $"unknown scope '{name}' (known: {string.Join(", ", ScopeNames)})");
    }

    private static List<RelationshipType> ParseTypes(string text)
    {
        var types = new List<RelationshipType>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!RelationshipTypes.TryParse(part.ToUpperInvariant().Replace('-', '_'), out var type))
            {
                throw Invalid("types", $"unknown relationship type '{part}' (known: {string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()))})");
            }

            types.Add(type);
        }

        return types.Count > 0 ? types : throw Invalid("types", "types names no relationship type");
    }

    private static DateOnly ParseDate(string text, string parameter) =>
        TryParseDate(text, out var date) ? date : throw Invalid(parameter, $"as-of date '{text}' is not a date of the form YYYY-MM-DD");

    private static string? Given(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ExportException Invalid(string parameter, string message) => new(ExportCodes.InvalidParameter, parameter, message);
}
