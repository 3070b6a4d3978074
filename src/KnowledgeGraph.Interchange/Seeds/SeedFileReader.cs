using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>
/// Reads one seed file into the collector: every entry that can be built becomes a <see cref="Node"/> or
/// <see cref="Relationship"/> with the location of each of its fields; syntax and shape problems are reported,
/// never thrown, so that one run lists them all.
/// </summary>
internal sealed class SeedFileReader(string file, SeedCollector collector)
{
    private static readonly string[] TopLevelKeys = ["kind", "nodes", "relationships"];

    public void Read(TextReader text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException ex)
        {
            collector.Report(SourceLocation.At(file, ex.Start), ValidationCodes.Syntax, $"YAML syntax error: {StripMarks(ex.Message)}");
            return;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed plain scalars (found by fuzzing).
            collector.Report(new SourceLocation(file, 1, 1), ValidationCodes.Syntax, "YAML syntax error: the file cannot be parsed (a malformed scalar somewhere in it)");
            return;
        }

        foreach (var document in stream.Documents)
        {
            ReadDocument(document.RootNode);
        }
    }

    private void ReadDocument(YamlNode root)
    {
        if (YamlValues.IsNull(root))
        {
            return;
        }

        if (root is not YamlMappingNode map)
        {
            Report(root, ValidationCodes.Syntax, $"a seed file must be a mapping with nodes: and/or relationships:, got {YamlValues.Describe(root)}");
            return;
        }

        var fields = ReadFields(map, location: null);
        foreach (var (name, (key, _)) in fields.Where(f => !TopLevelKeys.Contains(f.Key)))
        {
            Report(key, ValidationCodes.Syntax, $"unknown top-level key '{name}' (expected: {string.Join(", ", TopLevelKeys)})");
        }

        NodeKind? fileKind = null;
        var fileKindBroken = false;
        if (fields.TryGetValue("kind", out var kindField))
        {
            fileKind = ParseKind(kindField.Value);
            fileKindBroken = fileKind is null;
        }

        foreach (var entry in Entries(fields, "nodes", "node"))
        {
            ReadNode(entry, fileKind, fileKindBroken);
        }

        foreach (var entry in Entries(fields, "relationships", "relationship"))
        {
            ReadRelationship(entry);
        }
    }

    private IEnumerable<YamlMappingNode> Entries(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string key, string what)
    {
        if (!fields.TryGetValue(key, out var field) || YamlValues.IsNull(field.Value))
        {
            yield break;
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            Report(field.Value, ValidationCodes.Syntax, $"{key}: must be a list of {what} entries (each starting with '- '), got {YamlValues.Describe(field.Value)}");
            yield break;
        }

        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode entry)
            {
                yield return entry;
            }
            else
            {
                Report(child, ValidationCodes.Syntax, $"a {what} entry must be a mapping of keys (id:, ...), got {YamlValues.Describe(child)}");
            }
        }
    }

    private void ReadNode(YamlMappingNode map, NodeKind? fileKind, bool fileKindBroken)
    {
        var location = new SeedItemLocation(SourceLocation.At(file, map.Start));
        var fields = ReadFields(map, location);
        var id = Text(fields, "id");
        if (string.IsNullOrEmpty(id))
        {
            collector.Report(location.Item, ValidationCodes.MissingRequired, "node entry has no id");
            return;
        }

        NodeKind kind;
        if (fields.TryGetValue("kind", out var kindField))
        {
            if (ParseKind(kindField.Value) is not { } own)
            {
                collector.UnbuiltNodeIds.Add(id);
                return;
            }

            kind = own;
        }
        else if (fileKind is { } k)
        {
            kind = k;
        }
        else
        {
            if (!fileKindBroken)
            {
                collector.Report(location.Item, ValidationCodes.MissingRequired, $"node '{id}' has no kind (set kind: on the node or at the top of the file)");
            }

            collector.UnbuiltNodeIds.Add(id);
            return;
        }

        var node = new Node
        {
            Id = id,
            Kind = kind,
            Name = Text(fields, "name") ?? string.Empty,
            Aliases = List(fields, "aliases"),
            Description = Text(fields, "description"),
            Confidence = ReadConfidence(fields, location),
            Basis = ReadBasis(fields, location),
            Provenance = new Provenance(List(fields, "sources"), Text(fields, "note")),
            ValidFrom = Date(fields, "validFrom"),
            ValidTo = Date(fields, "validTo"),
            Properties = Properties(fields, DomainSchema.ReservedNodeKeys, name => DomainSchema.FindNodeProperty(kind, name), kind.ToString()),
        };
        collector.Nodes.Add((node, location));
    }

    private void ReadRelationship(YamlMappingNode map)
    {
        var location = new SeedItemLocation(SourceLocation.At(file, map.Start));
        var fields = ReadFields(map, location);
        var typeName = Text(fields, "type");
        var from = Text(fields, "from");
        var to = Text(fields, "to");
        RelationshipType type = default;
        var complete = true;
        if (string.IsNullOrEmpty(typeName))
        {
            collector.Report(location.Item, ValidationCodes.MissingRequired, "relationship entry has no type");
            complete = false;
        }
        else if (!RelationshipTypes.TryParse(typeName, out type))
        {
            var known = string.Join(", ", RelationshipTypes.All.Select(t => t.ToWireName()));
            collector.Report(location.Locate("type"), ValidationCodes.BadValue, $"unknown relationship type '{typeName}' (known: {known})");
            complete = false;
        }

        foreach (var (end, value) in new[] { ("from", from), ("to", to) }.Where(e => string.IsNullOrEmpty(e.Item2)))
        {
            collector.Report(location.Item, ValidationCodes.MissingRequired, $"relationship entry has no {end}");
            complete = false;
        }

        if (!complete)
        {
            return;
        }

        var wire = type.ToWireName();
        var relationship = new Relationship
        {
            Id = Text(fields, "id") is { Length: > 0 } explicitId ? explicitId : Relationship.DefaultId(from!, type, to!),
            Type = type,
            From = from!,
            To = to!,
            Description = Text(fields, "description"),
            Confidence = ReadConfidence(fields, location),
            Basis = ReadBasis(fields, location),
            Provenance = new Provenance(List(fields, "sources"), Text(fields, "note")),
            ValidFrom = Date(fields, "validFrom"),
            ValidTo = Date(fields, "validTo"),
            Properties = Properties(fields, DomainSchema.ReservedRelationshipKeys, name => DomainSchema.FindRelationshipProperty(type, name), wire),
        };
        collector.Relationships.Add((relationship, location));
    }

    private Dictionary<string, (YamlNode Key, YamlNode Value)> ReadFields(YamlMappingNode map, SeedItemLocation? location)
    {
        var fields = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                Report(key, ValidationCodes.Syntax, "keys must be plain names");
                continue;
            }

            fields[name] = (key, value);
            if (location is null)
            {
                continue;
            }

            // A scalar is pointed at where its value is; a list or mapping where its key is.
            location.AddField(name, SourceLocation.At(file, value is YamlScalarNode && !YamlValues.IsNull(value) ? value.Start : key.Start));
            if (value is YamlSequenceNode sequence)
            {
                foreach (var entry in sequence.Children.OfType<YamlScalarNode>().Where(e => e.Value is not null))
                {
                    location.AddEntry(name, entry.Value!, SourceLocation.At(file, entry.Start));
                }
            }
        }

        return fields;
    }

    private NodeKind? ParseKind(YamlNode value)
    {
        if (value is YamlScalarNode { Value: { } name } && NodeKinds.TryParse(name, out var kind))
        {
            return kind;
        }

        var known = string.Join(", ", NodeKinds.All);
        var shown = value is YamlScalarNode s ? $"'{s.Value}'" : YamlValues.Describe(value);
        Report(value, ValidationCodes.BadValue, $"unknown kind {shown} (known: {known})");
        return null;
    }

    private string? Text(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field) || YamlValues.IsNull(field.Value))
        {
            return null;
        }

        if (field.Value is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Report(field.Value, ValidationCodes.BadValueType, $"{name} must be text, got {YamlValues.Describe(field.Value)}");
        return null;
    }

    private IReadOnlyList<string> List(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field) || YamlValues.IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is YamlSequenceNode sequence && sequence.Children.All(c => c is YamlScalarNode { Value: not null }))
        {
            return [.. sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value!)];
        }

        Report(field.Value, ValidationCodes.BadValueType, $"{name} must be a list of strings, e.g. {name}: [a, b]; got {YamlValues.Describe(field.Value)}");
        return [];
    }

    private DateOnly? Date(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string name)
    {
        if (!fields.TryGetValue(name, out var field) || YamlValues.IsNull(field.Value))
        {
            return null;
        }

        if (field.Value is YamlScalarNode scalar && YamlValues.TryParseDate(scalar.Value, out var date))
        {
            return date;
        }

        var shown = field.Value is YamlScalarNode s ? $"'{s.Value}'" : YamlValues.Describe(field.Value);
        Report(field.Value, ValidationCodes.BadValueType, $"{name} must be a date (YYYY-MM-DD), got {shown}");
        return null;
    }

    private Confidence ReadConfidence(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, SeedItemLocation location)
    {
        if (!fields.TryGetValue("confidence", out var field) || YamlValues.IsNull(field.Value))
        {
            collector.Report(location.Item, ValidationCodes.MissingRequired, "confidence is required (high, medium or low)");
            return Confidence.Medium;
        }

        switch ((field.Value as YamlScalarNode)?.Value)
        {
            case "high":
                return Confidence.High;
            case "medium":
                return Confidence.Medium;
            case "low":
                return Confidence.Low;
            default:
                var shown = field.Value is YamlScalarNode s ? $"'{s.Value}'" : YamlValues.Describe(field.Value);
                Report(field.Value, ValidationCodes.BadValue, $"confidence {shown} is not one of: high, medium, low");
                return Confidence.Medium;
        }
    }

    private Basis ReadBasis(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, SeedItemLocation location)
    {
        if (!fields.TryGetValue("basis", out var field) || YamlValues.IsNull(field.Value))
        {
            collector.Report(location.Item, ValidationCodes.MissingRequired, $"basis is required ({string.Join(", ", BasisNames.All)})");
            return Basis.Inferred;
        }

        if (BasisNames.TryParse((field.Value as YamlScalarNode)?.Value, out var basis))
        {
            return basis;
        }

        var shown = field.Value is YamlScalarNode s ? $"'{s.Value}'" : YamlValues.Describe(field.Value);
        Report(field.Value, ValidationCodes.BadValue, $"basis {shown} is not one of: {string.Join(", ", BasisNames.All)}");
        return Basis.Inferred;
    }

    private Dictionary<string, object> Properties(
        Dictionary<string, (YamlNode Key, YamlNode Value)> fields, IReadOnlySet<string> reserved, Func<string, PropertySpec?> specOf, string owner)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, (_, value)) in fields)
        {
            if (reserved.Contains(name) || YamlValues.IsNull(value))
            {
                continue;
            }

            if (YamlValues.ToProperty(value, specOf(name), out var error) is { } typed)
            {
                properties[name] = typed;
            }
            else
            {
                Report(value, ValidationCodes.BadValueType, $"{owner}.{name} {error}");
            }
        }

        return properties;
    }

    private void Report(YamlNode at, string code, string message) => collector.Report(SourceLocation.At(file, at.Start), code, message);

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): "; the location is printed separately.
    private static string StripMarks(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }
}
