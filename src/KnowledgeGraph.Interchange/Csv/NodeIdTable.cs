namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// The node ids of a nodes file by position (the order they were read), and each id's position: edges refer to their
/// ends by position (<see cref="KnowledgeGraph.Core.Storage.EdgeBatch"/>), found from a CSV cell without a string.
/// </summary>
internal sealed class NodeIdTable : IReadOnlyList<string>
{
    private readonly List<string> _ids = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NodeIdTable()
    {
        _lookup = _positions.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    public string this[int index] => _ids[index];

    /// <summary>Adds an id; false when it is already in the table.</summary>
    public bool Add(string id)
    {
        if (!_positions.TryAdd(id, _ids.Count))
        {
            return false;
        }

        _ids.Add(id);
        return true;
    }

    public bool Contains(string id) => _positions.ContainsKey(id);

    public bool TryGetPosition(ReadOnlySpan<char> id, out int position) => _lookup.TryGetValue(id, out position);

    public IEnumerator<string> GetEnumerator() => _ids.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
