namespace KnowledgeGraph.Application.Analysis;

/// <summary>An analysis request that cannot be answered; <see cref="Code"/> is one of <see cref="AnalysisCodes"/>.</summary>
public sealed class AnalysisException : Exception
{
    public AnalysisException()
        : this(AnalysisCodes.InvalidArgument, "The analysis request is invalid.")
    {
    }

    public AnalysisException(string message)
        : this(AnalysisCodes.InvalidArgument, message)
    {
    }

    public AnalysisException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = AnalysisCodes.InvalidArgument;
    }

    public AnalysisException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }

    /// <summary>Node ids the error is about (the cycle of REQUIRES_CYCLE, the unknown id of UNKNOWN_NODE).</summary>
    public IReadOnlyList<string> NodeIds { get; init; } = [];
}
