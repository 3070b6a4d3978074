namespace KnowledgeGraph.Analytics.Coordination;

/// <summary>
/// Candidate channels while a network is built, as parallel growable arrays: the unordered pair key, the channel
/// cost, and one relationship index (or two PARTY_TO indexes for a shared agreement; <see cref="EdgeB"/> is -1 otherwise).
/// </summary>
internal sealed class ChannelList
{
    public ChannelList(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        Keys = new long[capacity];
        Costs = new double[capacity];
        EdgeA = new int[capacity];
        EdgeB = new int[capacity];
    }

    public long[] Keys { get; private set; }

    public double[] Costs { get; private set; }

    public int[] EdgeA { get; private set; }

    public int[] EdgeB { get; private set; }

    public int Count { get; private set; }

    public void Add(long key, double cost, int edgeA, int edgeB)
    {
        if (Count == Keys.Length)
        {
            var size = Count * 2;
            Keys = Resize(Keys, size);
            Costs = Resize(Costs, size);
            EdgeA = Resize(EdgeA, size);
            EdgeB = Resize(EdgeB, size);
        }

        Keys[Count] = key;
        Costs[Count] = cost;
        EdgeA[Count] = edgeA;
        EdgeB[Count] = edgeB;
        Count++;
    }

    /// <summary>Channel positions sorted by pair key, so the channels of one pair are adjacent.</summary>
    public int[] SortedOrder()
    {
        var keys = Keys[..Count];
        var order = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        return order;
    }

    private static T[] Resize<T>(T[] array, int size)
    {
        var copy = new T[size];
        Array.Copy(array, copy, array.Length);
        return copy;
    }
}
