using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// A plain in-memory <see cref="IGraphStore"/> for the API tests while the embedded store is not merged:
/// filters, sorting, cursors, search, neighbourhoods, atomic change sets and audit, written for clarity not speed.
/// </summary>
public sealed class InMemoryGraphStore : IGraphStore
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Relationship> _relationships = new(StringComparer.Ordinal);
    private readonly List<AuditEntry> _audit = [];
    private long _revision;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(_revision);

    public Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default) => Locked(() => _nodes.GetValueOrDefault(id));

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Locked<IReadOnlyList<Node>>(() => [.. ids.Distinct().Order(StringComparer.Ordinal).Select(_nodes.GetValueOrDefault).OfType<Node>()]);

    public Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => Locked(() =>
    {
        var matches = _nodes.Values.Where(n => query.Kind is null || n.Kind == query.Kind).Where(n => query.Filter is null || Matches(n, query.Filter)).ToList();
        IOrderedEnumerable<Node>? ordered = null;
        foreach (var sort in query.Sort)
        {
            Func<Node, object?> key = n => Field(n, sort.Field);
            ordered = ordered is null
                ? (sort.Descending ? matches.OrderByDescending(key, Comparer.Instance) : matches.OrderBy(key, Comparer.Instance))
                : (sort.Descending ? ordered.ThenByDescending(key, Comparer.Instance) : ordered.ThenBy(key, Comparer.Instance));
        }

        var sorted = (ordered is null ? matches.OrderBy(n => n.Id, StringComparer.Ordinal) : ordered.ThenBy(n => n.Id, StringComparer.Ordinal)).ToList();
        var start = 0;
        var end = sorted.Count;
        if (query.After is { } after)
        {
            start = Position(sorted, after) + 1;
        }

        if (query.Before is { } before)
        {
            end = Position(sorted, before);
        }

        var window = sorted.Skip(start).Take(Math.Max(0, end - start)).ToList();
        bool hasNext, hasPrevious;
        if (query.Last is { } last)
        {
            hasPrevious = window.Count > last;
            window = window.Skip(Math.Max(0, window.Count - last)).ToList();
            hasNext = end < sorted.Count;
        }
        else
        {
            var first = query.First ?? window.Count;
            hasNext = window.Count > first;
            window = window.Take(first).ToList();
            hasPrevious = start > 0;
        }

        return new NodePage([.. window.Select(n => new PagedNode(n, Cursor(n.Id)))], hasNext, hasPrevious, query.IncludeTotalCount ? matches.Count : null);
    });

    public Task<IReadOnlyList<Node>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Locked<IReadOnlyList<Node>>(() =>
    {
        var text = TextFolding.Fold(query.Text);
        return [.. _nodes.Values
            .Where(n => query.Kinds is null || query.Kinds.Contains(n.Kind))
            .Select(n => (Node: n, Rank: Names(n).Select(TextFolding.Fold).Select(name => name == text ? 0 : name.StartsWith(text, StringComparison.Ordinal) ? 1 : name.Contains(text, StringComparison.Ordinal) ? 2 : 3).Min()))
            .Where(r => r.Rank < 3)
            .OrderBy(r => r.Rank).ThenBy(r => r.Node.Name, StringComparer.Ordinal).ThenBy(r => r.Node.Id, StringComparer.Ordinal)
            .Take(query.First)
            .Select(r => r.Node)];
    });

    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) => Locked(() => _relationships.GetValueOrDefault(id));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default) => Locked<IReadOnlyList<Relationship>>(() =>
    {
        var ids = query.NodeIds.ToHashSet(StringComparer.Ordinal);
        return [.. _relationships.Values.Where(r => (query.Types is null || query.Types.Contains(r.Type)) && Touches(r, ids, query.Direction))];
    });

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) => Locked(() =>
    {
        if (!_nodes.ContainsKey(query.Id))
        {
            return Subgraph.Empty;
        }

        var seen = new List<string> { query.Id };
        var frontier = new HashSet<string>(StringComparer.Ordinal) { query.Id };
        for (var depth = 0; depth < query.Depth && frontier.Count > 0 && seen.Count < query.MaxNodes; depth++)
        {
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rel in _relationships.Values.Where(r => (query.Types is null || query.Types.Contains(r.Type)) && Touches(r, frontier, query.Direction)))
            {
                foreach (var end in new[] { rel.From, rel.To }.Where(e => !seen.Contains(e) && !next.Contains(e)))
                {
                    next.Add(end);
                }
            }

            foreach (var id in next.Order(StringComparer.Ordinal).Take(query.MaxNodes - seen.Count))
            {
                seen.Add(id);
            }

            frontier = next;
        }

        var set = seen.ToHashSet(StringComparer.Ordinal);
        return new Subgraph(
            [.. seen.Select(id => _nodes[id])],
            [.. _relationships.Values.Where(r => set.Contains(r.From) && set.Contains(r.To) && (query.Types is null || query.Types.Contains(r.Type)))]);
    });

    public async IAsyncEnumerable<Node> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var node in await Locked(() => _nodes.Values.ToList()))
        {
            yield return node;
        }
    }

    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var rel in await Locked(() => _relationships.Values.ToList()))
        {
            yield return rel;
        }
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => Locked(() => new GraphStats(
        _nodes.Values.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => (long)g.Count()),
        _relationships.Values.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => (long)g.Count())));

    public Task<WriteResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) => Locked(() =>
    {
        var nodes = new SortedDictionary<string, Node>(_nodes, StringComparer.Ordinal);
        var rels = new SortedDictionary<string, Relationship>(_relationships, StringComparer.Ordinal);
        int nc = 0, nu = 0, nn = 0, nd = 0, rc = 0, ru = 0, rn = 0, rd = 0;
        var audit = new List<(string Kind, string Id, string? Before, string? After)>();
        foreach (var node in changes.UpsertNodes)
        {
            var old = nodes.GetValueOrDefault(node.Id);
            if (old is null) { nc++; } else if (old.Equals(node)) { nn++; continue; } else { nu++; }
            nodes[node.Id] = node;
            audit.Add(("node", node.Id, old?.Name, node.Name));
        }

        foreach (var rel in changes.UpsertRelationships)
        {
            if (!nodes.ContainsKey(rel.From) || !nodes.ContainsKey(rel.To))
            {
                throw new GraphStoreException(GraphStoreCodes.UnknownReference, $"relationship {rel.Id} has an unknown end", rel.Id);
            }

            var old = rels.GetValueOrDefault(rel.Id);
            if (old is null) { rc++; } else if (old.Equals(rel)) { rn++; continue; } else { ru++; }
            rels[rel.Id] = rel;
            audit.Add(("relationship", rel.Id, old?.Id, rel.Id));
        }

        foreach (var id in changes.DeleteRelationshipIds)
        {
            if (rels.Remove(id)) { rd++; audit.Add(("relationship", id, id, null)); }
        }

        foreach (var id in changes.DeleteNodeIds)
        {
            if (!nodes.Remove(id))
            {
                continue;
            }

            nd++;
            audit.Add(("node", id, id, null));
            foreach (var rel in rels.Values.Where(r => r.From == id || r.To == id).ToList())
            {
                rels.Remove(rel.Id);
                rd++;
            }
        }

        _nodes.Clear();
        foreach (var p in nodes) { _nodes[p.Key] = p.Value; }
        _relationships.Clear();
        foreach (var p in rels) { _relationships[p.Key] = p.Value; }
        var result = new WriteResult(nc, nu, nn, nd, rc, ru, rn, rd, nc + nu + nd + rc + ru + rd > 0 ? ++_revision : _revision);
        if (changes.Audit is { } context)
        {
            foreach (var (kind, id, before, after) in audit)
            {
                _audit.Add(new AuditEntry(_audit.Count + 1, DateTimeOffset.UtcNow, context.Actor, context.Operation, kind, id, before, after));
            }
        }

        return result;
    });

    public Task<IGraphImportSession> BeginImportAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IGraphImportSession>(new ImportSession(this));

    public Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default) => Locked<IReadOnlyList<AuditEntry>>(() =>
        [.. _audit.Where(a => (query.ItemId is null || a.ItemId == query.ItemId) && (query.Actor is null || a.Actor == query.Actor)).Reverse().Take(query.First)]);

    private static string Cursor(string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes("c:" + id));

    private static int Position(List<Node> sorted, string cursor)
    {
        string id;
        try
        {
            id = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw new GraphStoreException(GraphStoreCodes.BadCursor, "The cursor is not valid.");
        }

        var index = id.StartsWith("c:", StringComparison.Ordinal) ? sorted.FindIndex(n => n.Id == id[2..]) : -1;
        return index >= 0 ? index : throw new GraphStoreException(GraphStoreCodes.BadCursor, "The cursor is not valid.");
    }

    private static IEnumerable<string> Names(Node node) =>
        node.Aliases.Prepend(node.Name).Concat(node.GetString("acronym") is { } a ? [a] : []);

    private static bool Touches(Relationship r, HashSet<string> ids, Direction direction) => direction switch
    {
        Direction.Outgoing => ids.Contains(r.From),
        Direction.Incoming => ids.Contains(r.To),
        _ => ids.Contains(r.From) || ids.Contains(r.To),
    };

    private static object? Field(Node node, string field) => field switch
    {
        BuiltInFields.Id => node.Id,
        BuiltInFields.Name => node.Name,
        BuiltInFields.Confidence => node.Confidence.ToString().ToLowerInvariant(),
        BuiltInFields.ValidFrom => node.ValidFrom,
        BuiltInFields.ValidTo => node.ValidTo,
        _ => node.Properties.GetValueOrDefault(field),
    };

    private bool Matches(Node node, NodeFilter filter) => filter switch
    {
        AndFilter and => and.Filters.All(f => Matches(node, f)),
        OrFilter or => or.Filters.Any(f => Matches(node, f)),
        NotFilter not => !Matches(node, not.Filter),
        PropertyFilter p => Compare(Field(node, p.Field), p.Operator, p.Value),
        RelationshipFilter r => r.Quantifier == Quantifier.Some == _relationships.Values.Any(rel =>
            rel.Type == r.Type
            && Touches(rel, new HashSet<string> { node.Id }, r.Direction)
            && (r.Other is null || Matches(_nodes[rel.From == node.Id ? rel.To : rel.From], r.Other))),
        _ => throw new GraphStoreException(GraphStoreCodes.BadFilter, "unknown filter"),
    };

    private static bool Compare(object? actual, FilterOperator op, object value)
    {
        if (actual is null)
        {
            return op == FilterOperator.Neq;
        }

        var c = Comparer.Instance.Compare(actual, value);
        return op switch
        {
            FilterOperator.Eq => c == 0,
            FilterOperator.Neq => c != 0,
            FilterOperator.In => ((System.Collections.IEnumerable)value).Cast<object>().Any(v => Comparer.Instance.Compare(actual, v) == 0),
            FilterOperator.Contains => TextFolding.Fold(actual.ToString()!).Contains(TextFolding.Fold(value.ToString()!), StringComparison.Ordinal),
            FilterOperator.StartsWith => TextFolding.Fold(actual.ToString()!).StartsWith(TextFolding.Fold(value.ToString()!), StringComparison.Ordinal),
            FilterOperator.Gt => c > 0,
            FilterOperator.Gte => c >= 0,
            FilterOperator.Lt => c < 0,
            _ => c <= 0,
        };
    }

    private Task<T> Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return Task.FromResult(read());
        }
    }

    private sealed class Comparer : IComparer<object?>
    {
        public static readonly Comparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => string.CompareOrdinal(a, b),
            (IComparable a, _) when a.GetType() == y.GetType() => a.CompareTo(y),
            _ => string.CompareOrdinal(PropertyValues.ToInvariantString(x), PropertyValues.ToInvariantString(y)),
        };
    }

    private sealed class ImportSession(InMemoryGraphStore store) : IGraphImportSession
    {
        private readonly List<Node> _nodes = [];
        private readonly List<Relationship> _relationships = [];

        public Task AddNodesAsync(IReadOnlyList<Node> nodes, CancellationToken cancellationToken = default)
        {
            _nodes.AddRange(nodes);
            return Task.CompletedTask;
        }

        public Task AddRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken = default)
        {
            _relationships.AddRange(relationships);
            return Task.CompletedTask;
        }

        public Task<WriteResult> CommitAsync(CancellationToken cancellationToken = default) =>
            store.ApplyAsync(new GraphChangeSet { UpsertNodes = _nodes, UpsertRelationships = _relationships }, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
