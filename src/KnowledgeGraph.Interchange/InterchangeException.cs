namespace KnowledgeGraph.Interchange;

/// <summary>
/// Bad input in an interchange file (CSV, JSONL). <see cref="Exception.Message"/> is ready for the user:
/// it starts with <c>file:line: </c> when the problem has a place.
/// </summary>
public sealed class InterchangeException : Exception
{
    public InterchangeException()
    {
    }

    public InterchangeException(string message)
        : base(message)
    {
    }

    public InterchangeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InterchangeException(string file, long line, string message)
        : base($"{file}:{line}: {message}")
    {
        File = file;
        Line = line;
    }

    public string? File { get; }

    public long? Line { get; }
}
