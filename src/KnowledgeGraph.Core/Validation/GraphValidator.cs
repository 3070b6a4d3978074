using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Validation;

/// <summary>
/// The one validator of the domain rules, shared by seeds, mutations and imports: ids, property types and allowed
/// values, endpoint kinds, references, sources, dates and REQUIRES cycles. It reports every problem, never only the first.
/// </summary>
public static class GraphValidator
{
    /// <summary>Checks one node on its own (no references to other nodes except its sources via <paramref name="kindOf"/>).</summary>
    public static IEnumerable<ValidationProblem> ValidateNode(Node node, Func<string, NodeKind?> kindOf, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Curated;
        if (!NodeIds.IsValid(node.Id))
        {
            yield return new(ValidationCodes.BadId, $"id '{node.Id}' is not kebab-case (lower-case letters, digits and single hyphens)", node.Id, "id");
        }

        if (string.IsNullOrWhiteSpace(node.Name))
        {
            yield return new(ValidationCodes.MissingRequired, "name is required", node.Id, "name");
        }

        foreach (var p in ValidateProperties(node.Properties, DomainSchema.NodeProperties[node.Kind], $"{node.Kind}", node.Id, kindOf))
        {
            yield return p;
        }

        foreach (var p in ValidateCommon(node.Id, node.Kind == NodeKind.Source ? ValidationOptions.Import : options, node.Provenance, node.ValidFrom, node.ValidTo, kindOf))
        {
            yield return p;
        }
    }

    /// <summary>Checks one relationship, resolving its ends and references with <paramref name="kindOf"/> (null = unknown id).</summary>
    public static IEnumerable<ValidationProblem> ValidateRelationship(Relationship rel, Func<string, NodeKind?> kindOf, ValidationOptions? options = null)
    {
        options ??= ValidationOptions.Curated;
        var spec = DomainSchema.Relationships[rel.Type];
        var wire = rel.Type.ToWireName();
        var fromKind = kindOf(rel.From);
        var toKind = kindOf(rel.To);
        if (fromKind is null)
        {
            yield return new(ValidationCodes.UnknownReference, $"{wire}.from refers to unknown node '{rel.From}'", rel.Id, "from");
        }

        if (toKind is null)
        {
            yield return new(ValidationCodes.UnknownReference, $"{wire}.to refers to unknown node '{rel.To}'", rel.Id, "to");
        }

        if (fromKind is { } f && toKind is { } t && !spec.Allows(f, t))
        {
            var field = spec.FromKinds.Contains(f) ? "to" : "from";
            yield return new(
                ValidationCodes.EndpointKind,
                $"{wire} does not allow {f} -> {t} (allowed: {Describe(spec.FromKinds)} -> {Describe(spec.ToKinds)})",
                rel.Id,
                field);
        }

        foreach (var p in ValidateProperties(rel.Properties, spec.Properties, wire, rel.Id, kindOf))
        {
            yield return p;
        }

        foreach (var p in ValidateCommon(rel.Id, options, rel.Provenance, rel.ValidFrom, rel.ValidTo, kindOf))
        {
            yield return p;
        }
    }

    /// <summary>Checks a whole graph: every node and relationship, duplicate ids, and cycles of REQUIRES.</summary>
    public static IReadOnlyList<ValidationProblem> ValidateGraph(
        IReadOnlyList<Node> nodes, IReadOnlyList<Relationship> relationships, ValidationOptions? options = null)
    {
        var problems = new List<ValidationProblem>();
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!kinds.TryAdd(node.Id, node.Kind))
            {
                problems.Add(new(ValidationCodes.DuplicateId, $"duplicate node id '{node.Id}'", node.Id, "id"));
            }
        }

        NodeKind? KindOf(string id) => kinds.TryGetValue(id, out var k) ? k : null;
        foreach (var node in nodes)
        {
            problems.AddRange(ValidateNode(node, KindOf, options));
        }

        var relIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rel in relationships)
        {
            if (!relIds.Add(rel.Id))
            {
                problems.Add(new(ValidationCodes.DuplicateId, $"duplicate relationship id '{rel.Id}' (give one of them an explicit id)", rel.Id, "id"));
            }

            problems.AddRange(ValidateRelationship(rel, KindOf, options));
        }

        if (FindRequiresCycle(relationships) is { } cycle)
        {
            var closing = relationships.First(r => r.Type == RelationshipType.Requires && r.From == cycle[^2] && r.To == cycle[^1]);
            problems.Add(new(ValidationCodes.RequiresCycle, $"REQUIRES cycle: {string.Join(" -> ", cycle)}", closing.Id, "to"));
        }

        return problems;
    }

    /// <summary>Returns a REQUIRES cycle as node ids with the first repeated at the end, or null if REQUIRES is acyclic.</summary>
    public static IReadOnlyList<string>? FindRequiresCycle(IEnumerable<Relationship> relationships)
    {
        var edges = relationships
            .Where(r => r.Type == RelationshipType.Requires)
            .GroupBy(r => r.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.To).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        var stack = new List<string>();

        List<string>? Visit(string id)
        {
            state[id] = 1;
            stack.Add(id);
            foreach (var next in edges.GetValueOrDefault(id) ?? [])
            {
                var s = state.GetValueOrDefault(next);
                if (s == 1)
                {
                    return [.. stack[stack.IndexOf(next)..], next];
                }

                if (s == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
            return null;
        }

        foreach (var start in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(start) == 0 && Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static IEnumerable<ValidationProblem> ValidateProperties(
        IReadOnlyDictionary<string, object> properties, IReadOnlyList<PropertySpec> specs, string owner, string itemId, Func<string, NodeKind?> kindOf)
    {
        foreach (var spec in specs)
        {
            if (spec.Required && !properties.ContainsKey(spec.Name))
            {
                yield return new(ValidationCodes.MissingRequired, $"{owner}.{spec.Name} is required", itemId, spec.Name);
            }
        }

        // Called for each of millions of rows by bulk imports: no sorting or lambdas for the usual zero or one property.
        foreach (var (name, value) in properties.Count <= 1 ? (IEnumerable<KeyValuePair<string, object>>)properties : properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var spec = FindSpec(specs, name);
            if (spec is null)
            {
                var known = specs.Count == 0 ? "none" : string.Join(", ", specs.Select(s => s.Name));
                yield return new(ValidationCodes.UnknownProperty, $"{owner} has no property '{name}' (known: {known})", itemId, name);
                continue;
            }

            if (!spec.ClrType.IsInstanceOfType(value))
            {
                yield return new(
                    ValidationCodes.BadValueType,
                    $"{owner}.{name} must be {spec.Type.ToString().ToLowerInvariant()}, got '{PropertyValues.ToInvariantString(value)}'",
                    itemId,
                    name);
                continue;
            }

            if (spec.AllowedValues is { } allowed && value is string s && !allowed.Contains(s, StringComparer.Ordinal))
            {
                yield return new(ValidationCodes.BadValue, $"{owner}.{name} '{s}' is not one of: {string.Join(", ", allowed)}", itemId, name);
            }

            if (value is long l && ((spec.Min is { } min && l < min) || (spec.Max is { } max && l > max)))
            {
                yield return new(ValidationCodes.BadValue, $"{owner}.{name} {l} is outside {spec.Min}..{spec.Max}", itemId, name);
            }

            if (spec.References is { } refKind && value is string refId && kindOf(refId) != refKind)
            {
                yield return new(ValidationCodes.UnknownReference, $"{owner}.{name} refers to '{refId}', which is not a known {refKind}", itemId, name);
            }
        }
    }

    private static PropertySpec? FindSpec(IReadOnlyList<PropertySpec> specs, string name)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Name == name)
            {
                return specs[i];
            }
        }

        return null;
    }

    private static IEnumerable<ValidationProblem> ValidateCommon(
        string itemId, ValidationOptions options, Provenance provenance, DateOnly? validFrom, DateOnly? validTo, Func<string, NodeKind?> kindOf)
    {
        if (options.RequireSources && provenance.Sources.Count == 0)
        {
            yield return new(ValidationCodes.MissingSource, "at least one source is required (sources: [source-id])", itemId, "sources");
        }

        foreach (var source in provenance.Sources.Where(s => kindOf(s) != NodeKind.Source))
        {
            yield return new(ValidationCodes.UnknownReference, $"source '{source}' is not a known Source node", itemId, "sources");
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            yield return new(ValidationCodes.BadDates, $"validTo {to:yyyy-MM-dd} is before validFrom {from:yyyy-MM-dd}", itemId, "validTo");
        }
    }

    private static string Describe(IEnumerable<NodeKind> kinds) => string.Join("|", kinds.Order());
}
