namespace KnowledgeGraph.Analytics.Paths;

/// <summary>A binary min-heap of (key, node) ordered by key then node, so equal keys pop in a fixed order.</summary>
internal sealed class MinHeap
{
    private double[] _keys = new double[64];
    private int[] _values = new int[64];

    public int Count { get; private set; }

    /// <summary>The smallest key; the heap must not be empty.</summary>
    public double PeekKey => _keys[0];

    public void Clear() => Count = 0;

    public void Push(double key, int value)
    {
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Less(key, value, _keys[parent], _values[parent]))
            {
                break;
            }

            _keys[i] = _keys[parent];
            _values[i] = _values[parent];
            i = parent;
        }

        _keys[i] = key;
        _values[i] = value;
    }

    public (double Key, int Value) Pop()
    {
        var top = (_keys[0], _values[0]);
        var last = --Count;
        if (last > 0)
        {
            var key = _keys[last];
            var value = _values[last];
            var i = 0;
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= last)
                {
                    break;
                }

                if (child + 1 < last && Less(_keys[child + 1], _values[child + 1], _keys[child], _values[child]))
                {
                    child++;
                }

                if (!Less(_keys[child], _values[child], key, value))
                {
                    break;
                }

                _keys[i] = _keys[child];
                _values[i] = _values[child];
                i = child;
            }

            _keys[i] = key;
            _values[i] = value;
        }

        return top;
    }

    private static bool Less(double k1, int v1, double k2, int v2) => k1 < k2 || (k1 == k2 && v1 < v2);
}
