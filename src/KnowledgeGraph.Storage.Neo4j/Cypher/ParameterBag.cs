using System.Globalization;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Collects the parameters of one generated statement and hands out their names (<c>$p0</c>, <c>$p1</c>, ...).</summary>
internal sealed class ParameterBag
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>Adds a value and returns its reference (<c>$pN</c>) for the statement text.</summary>
    public string Add(object? value)
    {
        var name = "p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values[name] = value;
        return "$" + name;
    }

    public void Set(string name, object? value) => _values[name] = value;
}
