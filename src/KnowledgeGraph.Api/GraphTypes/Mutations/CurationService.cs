using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Validation;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>
/// The curation writes behind the mutations: inputs become Core nodes and relationships, are checked by the same
/// <see cref="GraphValidator"/> as the seeds (problems point at the input field), and are applied atomically with an audit entry.
/// </summary>
internal sealed class CurationService(IGraphStore store)
{
    public static readonly IReadOnlyList<object> InputRoot = ["input"];

    public async Task<NodePayload> UpsertNodeAsync(IDictionary<string, object?> input, string actor, CancellationToken cancellationToken)
    {
        var node = ToNode(input);
        var referenced = node.Provenance.Sources.Append(node.Id).Distinct(StringComparer.Ordinal).ToList();
        var known = await KindsAsync(referenced, cancellationToken).ConfigureAwait(false);
        NodeKind? existing = known.TryGetValue(node.Id, out var stored) ? stored : null;
        known[node.Id] = node.Kind;

        var problems = GraphValidator.ValidateNode(node, id => known.TryGetValue(id, out var k) ? k : null)
            .Select(p => ToError(p, DomainSchema.NodeProperties[node.Kind].Select(s => s.Name)))
            .ToList();
        if (existing is { } previous && previous != node.Kind)
        {
            problems.Add(new ApiError(GraphStoreCodes.Conflict, $"'{node.Id}' is a {previous}; a node's kind cannot change (delete it first).", [.. InputRoot, "kind"]));
        }

        ThrowIfAny(problems);
        var result = await store.ApplyAsync(
            new GraphChangeSet { UpsertNodes = [node], Audit = new AuditContext(actor, "upsertNode") }, cancellationToken).ConfigureAwait(false);
        return new NodePayload(node, result.NodesCreated > 0, result.ChangedAnything, result.Revision);
    }

    public async Task<RelationshipPayload> AddRelationshipAsync(IDictionary<string, object?> input, string actor, CancellationToken cancellationToken)
    {
        var rel = ToRelationship(input);
        var spec = DomainSchema.Relationships[rel.Type];
        var referenced = new List<string> { rel.From, rel.To };
        referenced.AddRange(rel.Provenance.Sources);
        referenced.AddRange(spec.Properties.Where(p => p.References is not null).Select(p => rel.Properties.GetValueOrDefault(p.Name)).OfType<string>());
        var known = await KindsAsync(referenced.Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);

        var problems = GraphValidator.ValidateRelationship(rel, id => known.TryGetValue(id, out var k) ? k : null)
            .Select(p => ToError(p, spec.Properties.Select(s => s.Name)))
            .ToList();
        if (problems.Count == 0 && rel.Type == RelationshipType.Requires && await ClosesRequiresCycleAsync(rel, cancellationToken).ConfigureAwait(false))
        {
            problems.Add(new ApiError(ValidationCodes.RequiresCycle, $"REQUIRES {rel.From} -> {rel.To} would close a cycle (REQUIRES must stay acyclic).", [.. InputRoot, "to"]));
        }

        ThrowIfAny(problems);
        var result = await store.ApplyAsync(
            new GraphChangeSet { UpsertRelationships = [rel], Audit = new AuditContext(actor, "addRelationship") }, cancellationToken).ConfigureAwait(false);
        return new RelationshipPayload(rel, result.RelationshipsCreated > 0, result.ChangedAnything, result.Revision);
    }

    public async Task<DeletePayload> DeleteNodeAsync(string id, string actor, CancellationToken cancellationToken)
    {
        var node = await store.GetNodeAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new ApiError(ApiErrorCodes.NotFound, $"No node '{id}'.", ["id"]);

        var referrers = await FindReferrersAsync(node, cancellationToken).ConfigureAwait(false);
        if (referrers.Count > 0)
        {
            const int Shown = 5;
            var listed = string.Join(", ", referrers.Take(Shown)) + (referrers.Count > Shown ? $" and {referrers.Count - Shown} more" : string.Empty);
            throw new ApiError(
                ApiErrorCodes.StillReferenced,
                $"'{id}' is still referenced by {referrers.Count} item(s): {listed}. Change or remove those references first; deleting it would leave the graph invalid.",
                ["id"]);
        }

        var result = await store.ApplyAsync(
            new GraphChangeSet { DeleteNodeIds = [id], Audit = new AuditContext(actor, "deleteNode") }, cancellationToken).ConfigureAwait(false);
        return new DeletePayload(id, result.NodesDeleted, result.RelationshipsDeleted, result.Revision);
    }

    public async Task<DeletePayload> RemoveRelationshipAsync(string? id, RelationshipType? type, string? from, string? to, string actor, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            if (type is null || from is null || to is null)
            {
                throw new ApiError(ApiErrorCodes.BadUserInput, "Pass id, or type, from and to.", [type is null ? "type" : from is null ? "from" : "to"]);
            }

            id = Relationship.DefaultId(from, type.Value, to);
        }

        if (await store.GetRelationshipAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ApiError(ApiErrorCodes.NotFound, $"No relationship '{id}'.", ["id"]);
        }

        var result = await store.ApplyAsync(
            new GraphChangeSet { DeleteRelationshipIds = [id], Audit = new AuditContext(actor, "removeRelationship") }, cancellationToken).ConfigureAwait(false);
        return new DeletePayload(id, result.NodesDeleted, result.RelationshipsDeleted, result.Revision);
    }

    /// <summary>
    /// Items other than the node's own relationships (deleted with it) that the seed validator would find dangling
    /// without it: provenance sources citing a Source, and properties naming a node of its kind (DEPENDS_ON.for,
    /// FRICTION_WITH.barrier). Reads the whole graph, but only for the kinds that can be referenced at all.
    /// </summary>
    private async Task<List<string>> FindReferrersAsync(Node node, CancellationToken cancellationToken)
    {
        var cited = node.Kind == NodeKind.Source;
        var nodeProperties = DomainSchema.NodeProperties.ToDictionary(p => p.Key, p => Naming(p.Value, node.Kind));
        var relationshipProperties = DomainSchema.Relationships.ToDictionary(r => r.Key, r => Naming(r.Value.Properties, node.Kind));
        var referrers = new List<string>();

        if (cited || nodeProperties.Values.Any(p => p.Count > 0))
        {
            await foreach (var other in store.ReadAllNodesAsync(cancellationToken).ConfigureAwait(false))
            {
                if (other.Id != node.Id && Refers(other.Provenance, other.Properties, nodeProperties.GetValueOrDefault(other.Kind, [])) is { } how)
                {
                    referrers.Add($"node {other.Id} ({how})");
                }
            }
        }

        if (cited || relationshipProperties.Values.Any(p => p.Count > 0))
        {
            await foreach (var rel in store.ReadAllRelationshipsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (rel.From != node.Id && rel.To != node.Id && Refers(rel.Provenance, rel.Properties, relationshipProperties.GetValueOrDefault(rel.Type, [])) is { } how)
                {
                    referrers.Add($"relationship {rel.Id} ({how})");
                }
            }
        }

        return referrers;

        string? Refers(Provenance provenance, IReadOnlyDictionary<string, object> properties, IReadOnlyList<string> naming)
        {
            if (cited && provenance.Sources.Contains(node.Id, StringComparer.Ordinal))
            {
                return "sources";
            }

            return naming.FirstOrDefault(name => properties.GetValueOrDefault(name) is string value && value == node.Id);
        }
    }

    private static List<string> Naming(IEnumerable<PropertySpec> specs, NodeKind kind) =>
        [.. specs.Where(s => s.References == kind).Select(s => s.Name)];

    private async Task<Dictionary<string, NodeKind>> KindsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var nodes = await store.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false);
        return nodes.ToDictionary(n => n.Id, n => n.Kind, StringComparer.Ordinal);
    }

    /// <summary>Walks REQUIRES forward from the new edge's target, one batched store call per level, looking for its source.</summary>
    private async Task<bool> ClosesRequiresCycleAsync(Relationship rel, CancellationToken cancellationToken)
    {
        if (rel.From == rel.To)
        {
            return true;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { rel.To };
        var frontier = new List<string> { rel.To };
        while (frontier.Count > 0)
        {
            var next = await store.GetRelationshipsAsync(
                new RelationshipQuery(frontier, Direction.Outgoing) { Types = [RelationshipType.Requires] }, cancellationToken).ConfigureAwait(false);
            frontier = [];
            foreach (var edge in next.Where(e => e.Id != rel.Id))
            {
                if (edge.To == rel.From)
                {
                    return true;
                }

                if (seen.Add(edge.To))
                {
                    frontier.Add(edge.To);
                }
            }
        }

        return false;
    }

    private static ApiError ToError(ValidationProblem problem, IEnumerable<string> propertyNames)
    {
        var field = problem.Field;
        IReadOnlyList<object> path = field is null
            ? InputRoot
            : propertyNames.Contains(field, StringComparer.Ordinal) || problem.Code == ValidationCodes.UnknownProperty
                ? [.. InputRoot, "properties", field]
                : [.. InputRoot, field];
        return new ApiError(problem.Code, problem.Message, path);
    }

    private static void ThrowIfAny(List<ApiError> problems)
    {
        if (problems.Count > 0)
        {
            throw new CurationException(problems);
        }
    }

    public static Node ToNode(IDictionary<string, object?> input) => new()
    {
        Id = (string)input["id"]!,
        Kind = (NodeKind)input["kind"]!,
        Name = (string)input["name"]!,
        Aliases = Strings(Get(input, "aliases")),
        Description = Get(input, "description") as string,
        Confidence = (Confidence)input["confidence"]!,
        Provenance = new Provenance(Strings(Get(input, "sources")), Get(input, "note") as string),
        ValidFrom = Get(input, "validFrom") as DateOnly?,
        ValidTo = Get(input, "validTo") as DateOnly?,
        Properties = Properties(Get(input, "properties")),
    };

    public static Relationship ToRelationship(IDictionary<string, object?> input)
    {
        var type = (RelationshipType)input["type"]!;
        var from = (string)input["from"]!;
        var to = (string)input["to"]!;
        return new Relationship
        {
            Id = Get(input, "id") as string ?? Relationship.DefaultId(from, type, to),
            Type = type,
            From = from,
            To = to,
            Description = Get(input, "description") as string,
            Confidence = (Confidence)input["confidence"]!,
            Provenance = new Provenance(Strings(Get(input, "sources")), Get(input, "note") as string),
            ValidFrom = Get(input, "validFrom") as DateOnly?,
            ValidTo = Get(input, "validTo") as DateOnly?,
            Properties = Properties(Get(input, "properties")),
        };
    }

    private static object? Get(IDictionary<string, object?> input, string key) => input.TryGetValue(key, out var value) ? value : null;

    private static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> list ? [.. list.OfType<string>()] : [];

    private static Dictionary<string, object> Properties(object? value)
    {
        var properties = new Dictionary<string, object>(StringComparer.Ordinal);
        if (value is IDictionary<string, object?> given)
        {
            foreach (var (name, v) in given)
            {
                if (v is not null)
                {
                    properties[name] = v is IEnumerable<object?> list ? PropertyValues.Normalize(list.OfType<string>()) : PropertyValues.Normalize(v);
                }
            }
        }

        return properties;
    }
}
