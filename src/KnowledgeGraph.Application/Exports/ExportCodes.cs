namespace KnowledgeGraph.Application.Exports;

/// <summary>Stable codes of <see cref="ExportException"/>.</summary>
public static class ExportCodes
{
    /// <summary>A parameter is missing, malformed or out of range; <see cref="ExportException.Parameter"/> names it.</summary>
    public const string InvalidParameter = "INVALID_PARAMETER";

    /// <summary>The neighbourhood's centre is not in the graph (or not on the as-of date).</summary>
    public const string UnknownNode = "UNKNOWN_NODE";
}
