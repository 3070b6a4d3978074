namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// The bookmarks of the latest write this store instance committed. They are sent with every later request so that
/// a cluster serves this client only from members that have seen its own writes (read-your-writes).
/// </summary>
internal sealed class BookmarkHolder
{
    private readonly Lock _lock = new();
    private string[] _current = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_lock)
            {
                return _current;
            }
        }
    }

    /// <summary>A response's bookmarks supersede the ones sent with it.</summary>
    public void Update(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            _current = [.. bookmarks];
        }
    }
}
