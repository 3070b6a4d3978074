namespace KnowledgeGraph.Interchange.Tests.Exports;

internal sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError);
