using System.Text.Json;

namespace KnowledgeGraph.Interchange.Tests.Exports;

/// <summary>
/// Runs a Python snippet that reads an export with networkx or the csv module and prints JSON.
/// Uses the first python3 (PATH, then Debian's /usr/bin/python3) whose networkx reads GEXF 1.3 (networkx 3+);
/// if none does, Debian's networkx 2.8 gets the GEXF 1.3 namespace registered on its 1.2 reader (same structure).
/// </summary>
internal static class Python
{
    private const string Prelude = """
        import sys, json, csv
        import networkx as nx
        from networkx.readwrite import gexf as _gexf
        GEXF13_NATIVE = "1.3" in _gexf.GEXF.versions
        if not GEXF13_NATIVE:
            _v = dict(_gexf.GEXF.versions["1.2draft"])
            _v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
            _gexf.GEXF.versions["1.3"] = _v

        """;

    private static readonly string[] Candidates = ["python3", "/usr/bin/python3"];

    private static readonly Lazy<Task<string>> Interpreter = new(FindInterpreterAsync);

    /// <summary>Runs <paramref name="script"/> with <c>sys.argv[1:]</c> = <paramref name="arguments"/> and parses what it prints.</summary>
    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        var python = await Interpreter.Value;
        var output = await ExternalTool.RunCheckedAsync(python, ["-c", Prelude + script, .. arguments]);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static async Task<string> FindInterpreterAsync()
    {
        string? fallback = null;
        foreach (var candidate in Candidates)
        {
            ToolResult result;
            try
            {
                result = await ExternalTool.RunAsync(
                    candidate, ["-c", "import networkx.readwrite.gexf as g; print('1.3' in g.GEXF.versions)"]);
            }
            catch (InvalidOperationException)
            {
                continue;
            }

            if (result.ExitCode != 0)
            {
                continue;
            }

            if (result.StandardOutput.Trim() == "True")
            {
                return candidate;
            }

            fallback ??= candidate;
        }

        return fallback ?? throw new InvalidOperationException(
            $"No python3 with networkx found: run 'bash {ExternalTool.DepsScript}' (installs Debian's python3-networkx).");
    }
}
