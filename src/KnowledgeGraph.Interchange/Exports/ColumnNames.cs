namespace KnowledgeGraph.Interchange.Exports;

/// <summary>Hands out unique column names: a taken name gets a prefix, then a numeric suffix.</summary>
internal sealed class ColumnNames(IEnumerable<string> taken)
{
    private readonly HashSet<string> _used = new(taken, StringComparer.Ordinal);

    public string Allocate(string name, string prefix)
    {
        if (_used.Add(name))
        {
            return name;
        }

        var candidate = prefix + name;
        for (var i = 2; !_used.Add(candidate); i++)
        {
            candidate = $"{prefix}{name}_{i}";
        }

        return candidate;
    }
}
