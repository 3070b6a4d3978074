namespace KnowledgeGraph.Storage.Embedded.Writing;

/// <summary>
/// The node keys a writer knows, by id and by position in an edge batch's id table. Nodes the writer creates are
/// logged in creation order and put in the by-id dictionary only when an id lookup misses: a bulk load whose edges
/// name their ends by position never needs it. An id table that lists, in order, nodes the writer created with
/// consecutive keys (a CSV import into an empty store) maps a position to a key by addition, with no lookup at all.
/// </summary>
internal sealed class NodeKeys
{
    private readonly Dictionary<string, long> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _createdIds = [];
    private readonly List<long> _createdKeys = [];
    private int _indexed;

    private IReadOnlyList<string>? _table;
    private long _tableFirstKey;
    private int _tableConsecutive;
    private long[] _tableKeys = [];

    /// <summary>Records a node this writer created.</summary>
    public void Created(string id, long key)
    {
        _createdIds.Add(id);
        _createdKeys.Add(key);
    }

    /// <summary>Records a key found in the store.</summary>
    public void Found(string id, long key) => _byId[id] = key;

    public bool TryGet(string id, out long key)
    {
        if (_byId.TryGetValue(id, out key))
        {
            return true;
        }

        if (_indexed == _createdIds.Count)
        {
            return false;
        }

        IndexCreated();
        return _byId.TryGetValue(id, out key);
    }

    /// <summary>Forgets a deleted node; the creation log and any table's positions are no longer trusted after a delete.</summary>
    public void Deleted(string id)
    {
        IndexCreated();
        _byId.Remove(id);
        _createdIds.Clear();
        _createdKeys.Clear();
        _indexed = 0;
        _table = null;
    }

    /// <summary>The key of the node at <paramref name="position"/> in <paramref name="table"/>; false when it has to be looked up by id.</summary>
    public bool TryGetAt(IReadOnlyList<string> table, int position, out long key)
    {
        if (!ReferenceEquals(table, _table))
        {
            Use(table);
        }

        if (position < _tableConsecutive)
        {
            key = _tableFirstKey + position;
            return true;
        }

        key = position < _tableKeys.Length ? _tableKeys[position] : 0;
        return key != 0;
    }

    /// <summary>Remembers the key looked up for <paramref name="position"/> of the table last asked about.</summary>
    public void FoundAt(int position, long key)
    {
        if (_tableKeys.Length <= position)
        {
            Array.Resize(ref _tableKeys, Math.Max(position + 1, _table?.Count ?? 0));
        }

        _tableKeys[position] = key;
    }

    private void IndexCreated()
    {
        for (; _indexed < _createdIds.Count; _indexed++)
        {
            _byId[_createdIds[_indexed]] = _createdKeys[_indexed];
        }
    }

    /// <summary>Starts on a new table: how many of its first positions are, in order, nodes created with consecutive keys.</summary>
    private void Use(IReadOnlyList<string> table)
    {
        _table = table;
        _tableKeys = [];
        _tableConsecutive = 0;
        var start = table.Count == 0 ? -1 : _createdIds.IndexOf(table[0]);
        if (start < 0)
        {
            return;
        }

        _tableFirstKey = _createdKeys[start];
        var count = Math.Min(table.Count, _createdIds.Count - start);
        var n = 0;
        while (n < count && _createdKeys[start + n] == _tableFirstKey + n
            && (ReferenceEquals(_createdIds[start + n], table[n]) || string.Equals(_createdIds[start + n], table[n], StringComparison.Ordinal)))
        {
            n++;
        }

        _tableConsecutive = n;
    }
}
