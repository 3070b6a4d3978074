namespace KnowledgeGraph.Application.Security;

/// <summary>Another process (usually the API) has the database open, so it cannot be replaced safely.</summary>
public sealed class DatabaseInUseException : Exception
{
    public DatabaseInUseException()
    {
    }

    public DatabaseInUseException(string message)
        : base(message)
    {
    }

    public DatabaseInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
