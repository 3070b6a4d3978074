namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Process exit codes of <c>kg</c>.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input data is invalid: seed problems, a bad CSV or JSONL row.</summary>
    public const int InvalidData = 1;

    /// <summary>The command could not run: missing file, bad option value, store unavailable or misconfigured.</summary>
    public const int Failed = 2;

    public const int Cancelled = 130;
}
