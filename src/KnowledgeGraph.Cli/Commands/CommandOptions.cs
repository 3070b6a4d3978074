using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Application.Exports;
using KnowledgeGraph.Cli.Infrastructure;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Options and output shared by the analysis commands and export: <c>--as-of</c>, <c>--json</c>, wide tables.</summary>
internal static class CommandOptions
{
    // camelCase names, enums by name, accents kept readable (the output is data, never embedded in HTML).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Read the graph as it stood on this date, YYYY-MM-DD (only nodes and relationships valid on it)",
    };

    public static Option<bool> JsonFlag() => new("--json") { Description = "Print JSON instead of text" };

    /// <summary>The <c>--as-of</c> date, or null when not given.</summary>
    /// <exception cref="ArgumentException">The text is not a YYYY-MM-DD date.</exception>
    public static DateOnly? ParseAsOf(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) is not { } text ? null
        : ExportParameters.TryParseDate(text, out var date) ? date
        : throw new ArgumentException($"--as-of '{text}' is not a date of the form YYYY-MM-DD");

    public static Task WriteJsonAsync<T>(CliContext context, T value) =>
        context.Out.WriteLineAsync(JsonSerializer.Serialize(value, Json));

    /// <summary>A console for tables on stdout, wide enough for names when stdout is not a terminal (pipes, files, tests).</summary>
    public static IAnsiConsole TableConsole(CliContext context)
    {
        var console = context.ConsoleFor(context.Out);
        if (context.Out != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
