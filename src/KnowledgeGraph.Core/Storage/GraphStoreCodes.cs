namespace KnowledgeGraph.Core.Storage;

/// <summary>Stable codes of <see cref="GraphStoreException"/>.</summary>
public static class GraphStoreCodes
{
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    public const string BadCursor = "BAD_CURSOR";
    public const string BadFilter = "BAD_FILTER";
    public const string Unavailable = "STORE_UNAVAILABLE";
    public const string Conflict = "CONFLICT";
}
