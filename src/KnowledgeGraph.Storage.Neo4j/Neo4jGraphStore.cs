using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Mapping;
using KnowledgeGraph.Storage.Neo4j.TypedJson;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> over Neo4j's HTTP Query API. Reads are single implicit requests with <c>accessMode: Read</c>;
/// writes and imports are explicit transactions whose first statement locks the revision counter (writers are serialised)
/// and whose last statements bump it and append audit nodes, so a write is applied whole or not at all.
/// </summary>
internal sealed class Neo4jGraphStore : IGraphStore
{
    private const int MaxTransientAttempts = 3;

    private readonly QueryApiClient _client;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _time;

    public Neo4jGraphStore(IHttpClientFactory httpClientFactory, IOptions<Neo4jStoreOptions> options, TimeProvider? time = null)
    {
        _options = options.Value;
        _client = new QueryApiClient(httpClientFactory, _options);
        _time = time ?? TimeProvider.System;
    }

    internal QueryApiClient Client => _client;

    internal int BatchSize => Math.Max(1, _options.BatchSize);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var server = await _client.DiscoverAsync(cancellationToken).ConfigureAwait(false);
        if (!server.IsSupported)
        {
            throw new GraphStoreException(
                GraphStoreCodes.Unavailable,
                $"Neo4j {server.Version} ({server.Edition ?? "unknown edition"}) at {_options.Uri} is not supported: the store needs Neo4j " +
                $"{ServerInfo.MinimumVersion} or later with the Query API enabled (explicit transactions arrive in 5.26). Upgrade the server (docker image neo4j:5.26).");
        }

        foreach (var statement in CypherStatements.Constraints)
        {
            await _client.RunAsync(new CypherStatement(statement), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _client.RunAsync(new CypherStatement(CypherStatements.Ping), AccessMode.Read, cancellationToken).ConfigureAwait(false);
            return result.Rows.Count == 1 && result.Rows[0][0] is 1L;
        }
        catch (GraphStoreException)
        {
            return false;
        }
    }

    public async Task<long> GetRevisionAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(CypherStatements.ReadCounter, new() { ["key"] = CypherStatements.RevisionKey }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 ? 0 : result.Rows[0][0] as long? ?? 0;
    }

    public async Task<Node?> GetNodeAsync(string id, CancellationToken cancellationToken = default)
    {
        var nodes = await GetNodesAsync([id], cancellationToken).ConfigureAwait(false);
        return nodes.Count == 0 ? null : nodes[0];
    }

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(CypherStatements.NodesByIds, new() { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList() }, cancellationToken)
            .ConfigureAwait(false);
        return [.. result.Rows.Select(r => GraphRecordMapper.ToNode((Neo4jNode)r[0]!)).OrderBy(n => n.Id, StringComparer.Ordinal)];
    }

    public async Task<NodePage> QueryNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        if (query.First is < 0 || query.Last is < 0)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, "First and Last must not be negative.");
        }

        var keys = NodeQueryBuilder.SortKeys(query.Sort);
        var signature = NodeQueryBuilder.Signature(keys);
        var after = query.After is null ? null : NodeCursor.Decode(query.After, signature);
        var before = query.Before is null ? null : NodeCursor.Decode(query.Before, signature);
        var backward = query.Last is not null && query.First is null;

        var bag = new ParameterBag();
        var refs = new KeyRefs(bag);
        var predicates = new List<string> { NodeQueryBuilder.Predicate(query.Filter, bag) };
        var filterBag = Snapshot(bag);
        var filterPredicate = predicates[0];
        if (after is not null)
        {
            predicates.Add(NodeQueryBuilder.Keyset(keys, after, after: true, refs, bag));
        }

        if (before is not null)
        {
            predicates.Add(NodeQueryBuilder.Keyset(keys, before, after: false, refs, bag));
        }

        var pageSize = Math.Min(QueryLimits.MaxPageSize, backward ? query.Last!.Value : query.First ?? QueryLimits.MaxPageSize);
        var orderBy = NodeQueryBuilder.OrderBy(keys, backward, refs);
        bag.Set("limit", (long)pageSize + 1);
        var statement = CypherStatements.QueryNodes(query.Kind, string.Join(" AND ", predicates), orderBy);
        var result = await ReadAsync(statement, Snapshot(bag), cancellationToken).ConfigureAwait(false);

        var rows = result.Rows.Select(r => (Neo4jNode)r[0]!).ToList();
        var more = rows.Count > pageSize;
        rows = [.. rows.Take(pageSize)];
        if (backward)
        {
            rows.Reverse();
        }

        if (query.First is not null && query.Last is { } last && rows.Count > Math.Min(last, QueryLimits.MaxPageSize))
        {
            rows = rows.Skip(rows.Count - Math.Min(last, QueryLimits.MaxPageSize)).ToList();
        }

        var items = rows.Select(n => new PagedNode(GraphRecordMapper.ToNode(n), CursorOf(n, keys, signature))).ToList();
        long? total = null;
        if (query.IncludeTotalCount)
        {
            var count = await ReadAsync(CypherStatements.CountNodes(query.Kind, filterPredicate), filterBag, cancellationToken).ConfigureAwait(false);
            total = count.Rows.Count == 0 ? 0 : (long)count.Rows[0][0]!;
        }

        return backward
            ? new NodePage(items, HasNextPage: before is not null, HasPreviousPage: more, total)
            : new NodePage(items, HasNextPage: more, HasPreviousPage: after is not null, total);
    }

    public async Task<IReadOnlyList<Node>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        var text = TextFolding.Fold(query.Text ?? string.Empty).Trim();
        if (text.Length == 0 || query.First <= 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>
        {
            ["text"] = text,
            ["kinds"] = query.Kinds is { Count: > 0 } kinds ? kinds.Select(CypherStatements.Label).ToList() : null,
            ["limit"] = (long)Math.Min(query.First, QueryLimits.MaxSearchResults),
        };
        var result = await ReadAsync(CypherStatements.Search, parameters, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => GraphRecordMapper.ToNode((Neo4jNode)r[0]!))];
    }

    public async Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(CypherStatements.RelationshipById, new() { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Count == 0 ? null : ToRelationship(result, result.Rows[0]);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        if (query.NodeIds.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(CypherStatements.RelationshipsTouching, TouchingParameters(query.NodeIds, query.Direction, query.Types), cancellationToken)
            .ConfigureAwait(false);
        return [.. result.Rows.Select(r => ToRelationship(result, r))];
    }

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default)
    {
        var start = await GetNodeAsync(query.Id, cancellationToken).ConfigureAwait(false);
        if (start is null)
        {
            return Subgraph.Empty;
        }

        var maxNodes = Math.Max(1, query.MaxNodes);
        var included = new List<string> { start.Id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var frontier = new List<string> { start.Id };
        for (var depth = 0; depth < query.Depth && frontier.Count > 0 && included.Count < maxNodes; depth++)
        {
            var result = await ReadAsync(CypherStatements.RelationshipsTouching, TouchingParameters(frontier, query.Direction, query.Types), cancellationToken)
                .ConfigureAwait(false);
            var frontierSet = frontier.ToHashSet(StringComparer.Ordinal);
            var next = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var row in result.Rows)
            {
                var from = (string)result.Get(row, "from")!;
                var to = (string)result.Get(row, "to")!;
                if (query.Direction != Direction.Incoming && frontierSet.Contains(from) && !seen.Contains(to))
                {
                    next.Add(to);
                }

                if (query.Direction != Direction.Outgoing && frontierSet.Contains(to) && !seen.Contains(from))
                {
                    next.Add(from);
                }
            }

            frontier = [.. next.Take(maxNodes - included.Count)];
            included.AddRange(frontier);
            seen.UnionWith(frontier);
        }

        // Closest first: the start node, then each ring in the order it was reached.
        var order = included.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var nodes = (await GetNodesAsync(included, cancellationToken).ConfigureAwait(false)).OrderBy(n => order[n.Id]).ToList();
        var among = await ReadAsync(
            CypherStatements.RelationshipsAmong,
            new() { ["ids"] = included, ["types"] = TypeNames(query.Types) },
            cancellationToken).ConfigureAwait(false);
        return new Subgraph(nodes, [.. among.Rows.Select(r => ToRelationship(among, r))]);
    }

    public async IAsyncEnumerable<Node> ReadAllNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var result = await ReadAsync(CypherStatements.AllNodesPage, new() { ["after"] = after, ["limit"] = (long)BatchSize }, cancellationToken)
                .ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                var node = GraphRecordMapper.ToNode((Neo4jNode)row[0]!);
                after = node.Id;
                yield return node;
            }

            if (result.Rows.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    public async IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var result = await ReadAsync(CypherStatements.AllRelationshipsPage, new() { ["after"] = after, ["limit"] = (long)BatchSize }, cancellationToken)
                .ConfigureAwait(false);
            foreach (var row in result.Rows)
            {
                var relationship = ToRelationship(result, row);
                after = relationship.Id;
                yield return relationship;
            }

            if (result.Rows.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var nodeCounts = await ReadAsync(
            CypherStatements.NodeCounts, new() { ["kinds"] = NodeKinds.All.Select(CypherStatements.Label).ToList() }, cancellationToken).ConfigureAwait(false);
        var relationshipCounts = await ReadAsync(CypherStatements.RelationshipCounts, new(), cancellationToken).ConfigureAwait(false);
        var nodes = new Dictionary<NodeKind, long>();
        foreach (var row in nodeCounts.Rows)
        {
            if (NodeKinds.TryParse(row[0] as string, out var kind) && row[1] is long count and > 0)
            {
                nodes[kind] = count;
            }
        }

        var relationships = new Dictionary<RelationshipType, long>();
        foreach (var row in relationshipCounts.Rows)
        {
            if (RelationshipTypes.TryParse(row[0] as string, out var type) && row[1] is long count and > 0)
            {
                relationships[type] = count;
            }
        }

        return new GraphStats(nodes, relationships);
    }

    public async Task<WriteResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        if (changes.IsEmpty)
        {
            return new WriteResult(0, 0, 0, 0, 0, 0, 0, 0, await GetRevisionAsync(cancellationToken).ConfigureAwait(false));
        }

        // A transient error rolls the whole transaction back on the server, so the whole unit is safe to run again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var writer = await Neo4jGraphWriter.BeginAsync(this, changes.Audit, cancellationToken).ConfigureAwait(false);
                await writer.UpsertNodesAsync(changes.UpsertNodes, cancellationToken).ConfigureAwait(false);
                await writer.UpsertRelationshipsAsync(changes.UpsertRelationships, cancellationToken).ConfigureAwait(false);
                await writer.DeleteRelationshipsAsync(changes.DeleteRelationshipIds, cancellationToken).ConfigureAwait(false);
                await writer.DeleteNodesAsync(changes.DeleteNodeIds, cancellationToken).ConfigureAwait(false);
                return await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jQueryException e) when (e.IsTransient && attempt < MaxTransientAttempts)
            {
                await Task.Delay(_options.RetryDelay * attempt, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<IGraphImportSession> BeginImportAsync(CancellationToken cancellationToken = default)
    {
        var writer = await Neo4jGraphWriter.BeginAsync(this, null, cancellationToken).ConfigureAwait(false);
        return new Neo4jImportSession(writer);
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditLogAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["actor"] = query.Actor,
            ["itemId"] = query.ItemId,
            ["since"] = query.Since,
            ["limit"] = (long)Math.Clamp(query.First, 0, QueryLimits.MaxAuditEntries),
        };
        var result = await ReadAsync(CypherStatements.AuditLog, parameters, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(r => ToAuditEntry((Neo4jNode)r[0]!))];
    }

    internal DateTimeOffset Now() => _time.GetUtcNow();

    internal Task<QueryResult> ReadAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(new CypherStatement(statement, parameters), AccessMode.Read, cancellationToken);

    internal static Relationship ToRelationship(QueryResult result, object?[] row) =>
        GraphRecordMapper.ToRelationship((Neo4jRelationship)result.Get(row, "r")!, (string)result.Get(row, "from")!, (string)result.Get(row, "to")!);

    private static Dictionary<string, object?> TouchingParameters(IEnumerable<string> ids, Direction direction, IReadOnlyCollection<RelationshipType>? types) => new()
    {
        ["ids"] = ids.Distinct(StringComparer.Ordinal).ToList(),
        ["outgoing"] = direction != Direction.Incoming,
        ["incoming"] = direction != Direction.Outgoing,
        ["types"] = TypeNames(types),
    };

    private static List<string>? TypeNames(IReadOnlyCollection<RelationshipType>? types) =>
        types is null ? null : [.. types.Select(CypherStatements.TypeName)];

    private static Dictionary<string, object?> Snapshot(ParameterBag bag) => new(bag.Values, StringComparer.Ordinal);

    private static string CursorOf(Neo4jNode node, IReadOnlyList<SortKey> keys, string signature)
    {
        var values = keys.Where(k => !k.IsId).Select(k => node.Properties.GetValueOrDefault(k.StoredKey)).ToList();
        return new NodeCursor(signature, values, (string)node.Properties[StoredKeys.Id]!).Encode();
    }

    private static AuditEntry ToAuditEntry(Neo4jNode node)
    {
        var p = node.Properties;
        return new AuditEntry(
            (long)p["sequence"]!,
            p["at"] is DateTimeOffset at ? at : default,
            (string)p["actor"]!,
            (string)p["operation"]!,
            (string)p["itemKind"]!,
            (string)p["itemId"]!,
            p.GetValueOrDefault("before") as string,
            p.GetValueOrDefault("after") as string);
    }
}
