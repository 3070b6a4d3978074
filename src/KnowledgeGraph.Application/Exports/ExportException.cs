namespace KnowledgeGraph.Application.Exports;

/// <summary>An export request that cannot be served; <see cref="Code"/> is one of <see cref="ExportCodes"/>.</summary>
public sealed class ExportException : Exception
{
    public ExportException()
        : this(ExportCodes.InvalidParameter, null, "The export request is invalid.")
    {
    }

    public ExportException(string message)
        : this(ExportCodes.InvalidParameter, null, message)
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ExportCodes.InvalidParameter;
    }

    public ExportException(string code, string? parameter, string message)
        : base(message)
    {
        Code = code;
        Parameter = parameter;
    }

    public string Code { get; }

    /// <summary>The request parameter at fault, by its HTTP name (<c>format</c>, <c>scope</c>, <c>id</c>, <c>depth</c>, <c>types</c>, <c>asOf</c>, <c>analytics</c>).</summary>
    public string? Parameter { get; }
}
