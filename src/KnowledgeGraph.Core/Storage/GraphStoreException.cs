namespace KnowledgeGraph.Core.Storage;

/// <summary>A write or query the store refused; <see cref="Code"/> is stable (e.g. <c>UNKNOWN_REFERENCE</c>, <c>STORE_UNAVAILABLE</c>).</summary>
public class GraphStoreException : Exception
{
    public GraphStoreException()
    {
        Code = "STORE_ERROR";
    }

    public GraphStoreException(string message)
        : base(message)
    {
        Code = "STORE_ERROR";
    }

    public GraphStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "STORE_ERROR";
    }

    public GraphStoreException(string code, string message, string? itemId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        ItemId = itemId;
    }

    public string Code { get; }

    public string? ItemId { get; }
}
