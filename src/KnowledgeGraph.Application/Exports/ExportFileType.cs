using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Application.Exports;

/// <summary>
/// A file type an export can be written in: the canonical JSON lines (<see cref="Jsonl"/>, the store's backup format,
/// ADR-020) or one of the drawing formats of <see cref="ExportWriter"/> (<see cref="Format"/> set).
/// </summary>
public sealed record ExportFileType
{
    private ExportFileType(string name, ExportFormat? format, string contentType, string fileExtension)
    {
        Name = name;
        Format = format;
        ContentType = contentType;
        FileExtension = fileExtension;
    }

    /// <summary>The canonical JSON lines of <c>kg export</c> and <c>kg import-jsonl</c>.</summary>
    public static ExportFileType Jsonl { get; } = new("jsonl", null, "application/x-ndjson", "jsonl");

    /// <summary>Every file type, JSON lines first; their <see cref="Name"/>s are what <see cref="TryParse"/> documents.</summary>
    public static IReadOnlyList<ExportFileType> All { get; } =
    [
        Jsonl,
        .. ExportWriter.All.Select(e => new ExportFileType(ShortName(e.Format), e.Format, e.ContentType, e.FileExtension)),
    ];

    /// <summary>The name users type: jsonl, graphml, gexf, cytoscape, dot, csv.</summary>
    public string Name { get; }

    /// <summary>The drawing format, or null for the canonical JSON lines.</summary>
    public ExportFormat? Format { get; }

    /// <summary>The media type, for an HTTP <c>Content-Type</c> header.</summary>
    public string ContentType { get; }

    /// <summary>The file extension without the dot (<c>zip</c> for CSV written to one file).</summary>
    public string FileExtension { get; }

    public bool IsCsv => Format == ExportFormat.Csv;

    /// <summary>Reads a format name, case-insensitive: <c>jsonl</c> (or <c>ndjson</c>) and every name <see cref="ExportWriter.TryParseFormat"/> knows.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ExportFileType? type)
    {
        var name = text?.Trim() ?? string.Empty;
        if (name.Equals("jsonl", StringComparison.OrdinalIgnoreCase) || name.Equals("ndjson", StringComparison.OrdinalIgnoreCase))
        {
            type = Jsonl;
            return true;
        }

        type = ExportWriter.TryParseFormat(name, out var format) ? All.First(t => t.Format == format) : null;
        return type is not null;
    }

    private static string ShortName(ExportFormat format) => format switch
    {
        ExportFormat.CytoscapeJson => "cytoscape",
        _ => format.ToString().ToLowerInvariant(),
    };
}
