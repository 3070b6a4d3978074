using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.TypedJson;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>
/// Domain nodes and relationships to and from stored property maps. Types keep their fidelity through typed JSON:
/// long as Integer, double as Float, DateOnly as Date, string lists as List, so a round trip is exact.
/// </summary>
internal static class GraphRecordMapper
{
    public static Dictionary<string, object?> ToNodeProperties(Node node)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Properties)
        {
            StoredKeys.EnsureStorableProperty(key, node.Id);
            props[key] = ToStored(PropertyValues.Normalize(value));
        }

        props[StoredKeys.Id] = node.Id;
        props[StoredKeys.Name] = node.Name;
        AddCommon(props, node.Description, node.Confidence, node.Provenance, node.ValidFrom, node.ValidTo);
        if (node.Aliases.Count > 0)
        {
            props[StoredKeys.Aliases] = node.Aliases.ToList();
        }

        props[StoredKeys.SearchTerms] = SearchTerms(node);
        props[StoredKeys.ConfidenceRank] = StoredKeys.RankOf(node.Confidence);
        return props;
    }

    public static Node ToNode(Neo4jNode stored)
    {
        var p = stored.Properties;
        var kind = stored.Labels.Select(l => NodeKinds.TryParse(l, out var k) ? (NodeKind?)k : null).FirstOrDefault(k => k is not null)
            ?? throw new GraphStoreException("STORE_ERROR", $"Stored node {stored.ElementId} has no kind label (labels: {string.Join(", ", stored.Labels)}).");
        return new Node
        {
            Id = RequiredString(p, StoredKeys.Id, stored.ElementId),
            Kind = kind,
            Name = RequiredString(p, StoredKeys.Name, stored.ElementId),
            Aliases = StringList(p, StoredKeys.Aliases),
            Description = p.GetValueOrDefault(StoredKeys.Description) as string,
            Properties = DomainProperties(p),
            Provenance = ReadProvenance(p),
            Confidence = ReadConfidence(p),
            ValidFrom = p.GetValueOrDefault(StoredKeys.ValidFrom) as DateOnly?,
            ValidTo = p.GetValueOrDefault(StoredKeys.ValidTo) as DateOnly?,
        };
    }

    public static Dictionary<string, object?> ToRelationshipProperties(Relationship relationship)
    {
        var props = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in relationship.Properties)
        {
            StoredKeys.EnsureStorableProperty(key, relationship.Id);
            props[key] = ToStored(PropertyValues.Normalize(value));
        }

        props[StoredKeys.Id] = relationship.Id;
        AddCommon(props, relationship.Description, relationship.Confidence, relationship.Provenance, relationship.ValidFrom, relationship.ValidTo);
        return props;
    }

    public static Relationship ToRelationship(Neo4jRelationship stored, string from, string to)
    {
        var p = stored.Properties;
        if (!RelationshipTypes.TryParse(stored.Type, out var type))
        {
            throw new GraphStoreException("STORE_ERROR", $"Stored relationship {stored.ElementId} has an unknown type '{stored.Type}'.");
        }

        return new Relationship
        {
            Id = RequiredString(p, StoredKeys.Id, stored.ElementId),
            Type = type,
            From = from,
            To = to,
            Description = p.GetValueOrDefault(StoredKeys.Description) as string,
            Properties = DomainProperties(p),
            Provenance = ReadProvenance(p),
            Confidence = ReadConfidence(p),
            ValidFrom = p.GetValueOrDefault(StoredKeys.ValidFrom) as DateOnly?,
            ValidTo = p.GetValueOrDefault(StoredKeys.ValidTo) as DateOnly?,
        };
    }

    public static string ConfidenceWireName(Confidence confidence) => confidence.ToString().ToLowerInvariant();

    /// <summary>Folded name, acronym and aliases; distinct, in that order.</summary>
    public static List<string> SearchTerms(Node node)
    {
        var terms = new List<string> { TextFolding.Fold(node.Name) };
        if (node.GetString("acronym") is { Length: > 0 } acronym)
        {
            terms.Add(TextFolding.Fold(acronym));
        }

        terms.AddRange(node.Aliases.Select(TextFolding.Fold));
        return [.. terms.Distinct(StringComparer.Ordinal)];
    }

    private static void AddCommon(
        Dictionary<string, object?> props, string? description, Confidence confidence, Provenance provenance, DateOnly? validFrom, DateOnly? validTo)
    {
        if (description is not null)
        {
            props[StoredKeys.Description] = description;
        }

        props[StoredKeys.Confidence] = ConfidenceWireName(confidence);
        if (provenance.Sources.Count > 0)
        {
            props[StoredKeys.Sources] = provenance.Sources.ToList();
        }

        if (provenance.Note is not null)
        {
            props[StoredKeys.Note] = provenance.Note;
        }

        if (validFrom is { } from)
        {
            props[StoredKeys.ValidFrom] = from;
        }

        if (validTo is { } to)
        {
            props[StoredKeys.ValidTo] = to;
        }
    }

    private static object ToStored(object normalized) => normalized is IReadOnlyList<string> list ? list.ToList() : normalized;

    private static Dictionary<string, object> DomainProperties(IReadOnlyDictionary<string, object?> stored)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in stored)
        {
            if (StoredKeys.Reserved.Contains(key) || key.StartsWith(StoredKeys.InternalPrefix, StringComparison.Ordinal) || value is null)
            {
                continue;
            }

            result[key] = value is List<object?> list ? (IReadOnlyList<string>)[.. list.Select(x => x as string ?? Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)] : value;
        }

        return result;
    }

    private static Provenance ReadProvenance(IReadOnlyDictionary<string, object?> p)
    {
        var sources = StringList(p, StoredKeys.Sources);
        var note = p.GetValueOrDefault(StoredKeys.Note) as string;
        return sources.Count == 0 && note is null ? Provenance.None : new Provenance(sources, note);
    }

    private static Confidence ReadConfidence(IReadOnlyDictionary<string, object?> p) =>
        p.GetValueOrDefault(StoredKeys.Confidence) is string s && Enum.TryParse<Confidence>(s, ignoreCase: true, out var c) ? c : Confidence.Medium;

    private static IReadOnlyList<string> StringList(IReadOnlyDictionary<string, object?> p, string key) =>
        p.GetValueOrDefault(key) is List<object?> list ? [.. list.OfType<string>()] : [];

    private static string RequiredString(IReadOnlyDictionary<string, object?> p, string key, string elementId) =>
        p.GetValueOrDefault(key) as string ?? throw new GraphStoreException("STORE_ERROR", $"Stored item {elementId} has no '{key}'.");
}
