using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The properties of an edge-list row with a weight: one entry. Millions of edges can be in flight during a load, and
/// a one-entry <see cref="Dictionary{TKey,TValue}"/> costs three objects each (and the garbage collector the copying).
/// </summary>
internal sealed class WeightProperties(double weight) : IReadOnlyDictionary<string, object>
{
    public const string Key = EdgeBatch.WeightProperty;

    private readonly object _value = weight;

    public int Count => 1;

    public IEnumerable<string> Keys => [Key];

    public IEnumerable<object> Values => [_value];

    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => string.Equals(key, Key, StringComparison.Ordinal);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        value = ContainsKey(key) ? _value : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
    {
        yield return new(Key, _value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
