namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>Parameters holding sort-key property names, one per name, shared by ORDER BY and the keyset predicate.</summary>
internal sealed class KeyRefs(ParameterBag bag)
{
    private readonly Dictionary<string, string> _refs = new(StringComparer.Ordinal);

    public string Key(string storedKey)
    {
        if (!_refs.TryGetValue(storedKey, out var reference))
        {
            reference = bag.Add(storedKey);
            _refs[storedKey] = reference;
        }

        return reference;
    }
}
