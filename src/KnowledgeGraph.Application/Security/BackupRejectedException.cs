namespace KnowledgeGraph.Application.Security;

/// <summary>A file that is not a sound KnowledgeGraph database: not SQLite, another schema, a newer version, or corrupt.</summary>
public sealed class BackupRejectedException : Exception
{
    public BackupRejectedException()
    {
    }

    public BackupRejectedException(string message)
        : base(message)
    {
    }

    public BackupRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
