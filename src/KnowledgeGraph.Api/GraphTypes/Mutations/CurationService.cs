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
        if (await store.GetNodeAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ApiError(ApiErrorCodes.NotFound, $"No node '{id}'.", ["id"]);
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
