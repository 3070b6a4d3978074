using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>
/// Everything a command may touch outside its arguments: the two text streams, raw standard output for binary-safe
/// exports, configuration (environment variables such as <c>Storage__Provider</c>) and the options every command shares.
/// Tests build one over string writers; <see cref="FromConsole"/> builds the real one.
/// </summary>
internal sealed class CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Opens standard output as a stream (exports write UTF-8 bytes, not text).</summary>
    public required Func<Stream> OpenStandardOutput { get; init; }

    public required IConfiguration Configuration { get; init; }

    /// <summary>True when stderr is a terminal: progress bars are drawn only then.</summary>
    public bool Interactive { get; init; }

    /// <summary><c>--db PATH</c>, on every command.</summary>
    public Option<string?> DbOption { get; } = new("--db")
    {
        Description = "The embedded database file (default: Storage__Embedded__Path, else data/knowledge-graph.db)",
        Recursive = true,
    };

    public InvocationConfiguration InvocationConfiguration => new() { Output = Out, Error = Error };

    public static CliContext FromConsole() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        OpenStandardOutput = Console.OpenStandardOutput,
        Configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build(),
        Interactive = !Console.IsErrorRedirected,
    };

    /// <summary>A Spectre console over stdout (tables) or stderr (progress), without colour codes unless it is a terminal.</summary>
    public IAnsiConsole ConsoleFor(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = Interactive && writer == Error ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = Interactive && writer == Error ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = Interactive && writer == Error ? InteractionSupport.Detect : InteractionSupport.No,
    });
}
