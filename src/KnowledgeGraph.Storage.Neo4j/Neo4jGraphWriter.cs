using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Mapping;
using KnowledgeGraph.Storage.Neo4j.TypedJson;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// One write transaction (a change set or an import session): batched <c>UNWIND $rows</c> upserts and deletes inside
/// one explicit Query API transaction. Each batch first reads the stored items so that unchanged upserts are neither
/// written nor counted, and so audit entries carry the item before and after. Disposing without commit rolls back.
/// </summary>
internal sealed class Neo4jGraphWriter : IAsyncDisposable
{
    private readonly Neo4jGraphStore _store;
    private readonly ExplicitTransaction _tx;
    private readonly AuditContext? _audit;
    private readonly List<(string ItemKind, string ItemId, string? Before, string? After)> _auditItems = [];
    private readonly long _startRevision;
    private int _nodesCreated;
    private int _nodesUpdated;
    private int _nodesUnchanged;
    private int _nodesDeleted;
    private int _relationshipsCreated;
    private int _relationshipsUpdated;
    private int _relationshipsUnchanged;
    private int _relationshipsDeleted;

    private Neo4jGraphWriter(Neo4jGraphStore store, ExplicitTransaction tx, AuditContext? audit, long startRevision)
    {
        _store = store;
        _tx = tx;
        _audit = audit;
        _startRevision = startRevision;
    }

    private bool Changed => _nodesCreated + _nodesUpdated + _nodesDeleted + _relationshipsCreated + _relationshipsUpdated + _relationshipsDeleted > 0;

    public static async Task<Neo4jGraphWriter> BeginAsync(Neo4jGraphStore store, AuditContext? audit, CancellationToken cancellationToken)
    {
        var tx = await store.Client.BeginAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var locked = await tx.RunAsync(Counter(CypherStatements.RevisionKey, 0), cancellationToken).ConfigureAwait(false);
            return new Neo4jGraphWriter(store, tx, audit, locked.Rows.Count == 0 ? 0 : locked.Rows[0][0] as long? ?? 0);
        }
        catch
        {
            await tx.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task UpsertNodesAsync(IReadOnlyList<Node> nodes, CancellationToken cancellationToken)
    {
        // Grouped by kind first, so each UNWIND batch is as full as BatchSize allows.
        var distinct = nodes.GroupBy(n => n.Id, StringComparer.Ordinal).Select(g => g.Last());
        foreach (var batch in distinct.GroupBy(n => n.Kind).SelectMany(g => g.Chunk(_store.BatchSize)))
        {
            var existing = (await RunAsync(CypherStatements.NodesByIds, new() { ["ids"] = batch.Select(n => n.Id).ToList() }, cancellationToken).ConfigureAwait(false))
                .Rows.Select(r => GraphRecordMapper.ToNode((Neo4jNode)r[0]!)).ToDictionary(n => n.Id, StringComparer.Ordinal);
            var changed = new List<Node>();
            foreach (var node in batch)
            {
                var before = existing.GetValueOrDefault(node.Id);
                if (before is not null && before.Equals(node))
                {
                    _nodesUnchanged++;
                    continue;
                }

                if (before is null)
                {
                    _nodesCreated++;
                }
                else
                {
                    _nodesUpdated++;
                }

                changed.Add(node);
                Record("node", node.Id, before is null ? null : AuditJson.Of(before), AuditJson.Of(node));
            }

            foreach (var group in changed.GroupBy(n => n.Kind))
            {
                var rows = group.Select(n => new Dictionary<string, object?> { ["id"] = n.Id, ["props"] = GraphRecordMapper.ToNodeProperties(n) }).ToList();
                await RunAsync(CypherStatements.UpsertNodes(group.Key), new() { ["rows"] = rows }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task UpsertRelationshipsAsync(IReadOnlyList<Relationship> relationships, CancellationToken cancellationToken)
    {
        var distinct = relationships.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.Last());
        foreach (var batch in distinct.GroupBy(r => r.Type).SelectMany(g => g.Chunk(_store.BatchSize)))
        {
            var endIds = batch.SelectMany(r => new[] { r.From, r.To }).Distinct(StringComparer.Ordinal).ToList();
            var present = (await RunAsync(CypherStatements.ExistingNodeIds, new() { ["ids"] = endIds }, cancellationToken).ConfigureAwait(false))
                .Rows.Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
            foreach (var relationship in batch)
            {
                var missing = present.Contains(relationship.From) ? (present.Contains(relationship.To) ? null : relationship.To) : relationship.From;
                if (missing is not null)
                {
                    throw new GraphStoreException(
                        GraphStoreCodes.UnknownReference,
                        $"Relationship '{relationship.Id}' refers to unknown node '{missing}'; nothing was written.",
                        relationship.Id);
                }
            }

            var existing = await ReadRelationshipsAsync(batch.Select(r => r.Id), cancellationToken).ConfigureAwait(false);
            var changed = new List<Relationship>();
            var moved = new List<string>();
            foreach (var relationship in batch)
            {
                var before = existing.GetValueOrDefault(relationship.Id);
                if (before is not null && before.Equals(relationship))
                {
                    _relationshipsUnchanged++;
                    continue;
                }

                if (before is null)
                {
                    _relationshipsCreated++;
                }
                else
                {
                    _relationshipsUpdated++;
                    if (before.Type != relationship.Type || before.From != relationship.From || before.To != relationship.To)
                    {
                        // A relationship cannot change its type or ends in Neo4j: the stored one is replaced.
                        moved.Add(relationship.Id);
                    }
                }

                changed.Add(relationship);
                Record("relationship", relationship.Id, before is null ? null : AuditJson.Of(before), AuditJson.Of(relationship));
            }

            if (moved.Count > 0)
            {
                await RunAsync(CypherStatements.DeleteRelationships, new() { ["ids"] = moved }, cancellationToken).ConfigureAwait(false);
            }

            foreach (var group in changed.GroupBy(r => r.Type))
            {
                var rows = group.Select(r => new Dictionary<string, object?>
                {
                    ["id"] = r.Id,
                    ["from"] = r.From,
                    ["to"] = r.To,
                    ["props"] = GraphRecordMapper.ToRelationshipProperties(r),
                }).ToList();
                await RunAsync(CypherStatements.UpsertRelationships(group.Key), new() { ["rows"] = rows }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task DeleteRelationshipsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        foreach (var batch in ids.Distinct(StringComparer.Ordinal).Chunk(_store.BatchSize))
        {
            var existing = await ReadRelationshipsAsync(batch, cancellationToken).ConfigureAwait(false);
            if (existing.Count == 0)
            {
                continue;
            }

            foreach (var relationship in existing.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                _relationshipsDeleted++;
                Record("relationship", relationship.Id, AuditJson.Of(relationship), null);
            }

            await RunAsync(CypherStatements.DeleteRelationships, new() { ["ids"] = existing.Keys.ToList() }, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteNodesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        foreach (var batch in ids.Distinct(StringComparer.Ordinal).Chunk(_store.BatchSize))
        {
            var idList = batch.ToList();
            var nodes = (await RunAsync(CypherStatements.NodesByIds, new() { ["ids"] = idList }, cancellationToken).ConfigureAwait(false))
                .Rows.Select(r => GraphRecordMapper.ToNode((Neo4jNode)r[0]!)).ToList();
            if (nodes.Count == 0)
            {
                continue;
            }

            var touching = await RunAsync(
                CypherStatements.RelationshipsTouching,
                new() { ["ids"] = nodes.Select(n => n.Id).ToList(), ["outgoing"] = true, ["incoming"] = true, ["types"] = null },
                cancellationToken).ConfigureAwait(false);
            foreach (var row in touching.Rows)
            {
                var relationship = Neo4jGraphStore.ToRelationship(touching, row);
                _relationshipsDeleted++;
                Record("relationship", relationship.Id, AuditJson.Of(relationship), null);
            }

            foreach (var node in nodes)
            {
                _nodesDeleted++;
                Record("node", node.Id, AuditJson.Of(node), null);
            }

            await RunAsync(CypherStatements.DeleteNodes, new() { ["ids"] = nodes.Select(n => n.Id).ToList() }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Bumps the revision (when anything changed), appends audit nodes, and commits; all in this transaction.</summary>
    public async Task<WriteResult> CommitAsync(CancellationToken cancellationToken)
    {
        var revision = _startRevision;
        if (Changed)
        {
            var bumped = await _tx.RunAsync(Counter(CypherStatements.RevisionKey, 1), cancellationToken).ConfigureAwait(false);
            revision = (long)bumped.Rows[0][0]!;
            if (_audit is not null && _auditItems.Count > 0)
            {
                var sequence = await _tx.RunAsync(Counter(CypherStatements.AuditSequenceKey, _auditItems.Count), cancellationToken).ConfigureAwait(false);
                var first = (long)sequence.Rows[0][0]! - _auditItems.Count + 1;
                var at = _store.Now();
                var rows = _auditItems.Select((item, i) => new Dictionary<string, object?>
                {
                    ["sequence"] = first + i,
                    ["at"] = at,
                    ["actor"] = _audit.Actor,
                    ["operation"] = _audit.Operation,
                    ["itemKind"] = item.ItemKind,
                    ["itemId"] = item.ItemId,
                    ["before"] = item.Before,
                    ["after"] = item.After,
                }).ToList();
                foreach (var batch in rows.Chunk(_store.BatchSize))
                {
                    await RunAsync(CypherStatements.AppendAudit, new() { ["rows"] = batch.ToList() }, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await _tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteResult(
            _nodesCreated, _nodesUpdated, _nodesUnchanged, _nodesDeleted,
            _relationshipsCreated, _relationshipsUpdated, _relationshipsUnchanged, _relationshipsDeleted,
            revision);
    }

    public ValueTask DisposeAsync() => _tx.DisposeAsync();

    private static CypherStatement Counter(string key, long by) =>
        new(CypherStatements.BumpCounter, new Dictionary<string, object?> { ["key"] = key, ["by"] = by });

    private void Record(string itemKind, string itemId, string? before, string? after)
    {
        if (_audit is not null)
        {
            _auditItems.Add((itemKind, itemId, before, after));
        }
    }

    private async Task<Dictionary<string, Relationship>> ReadRelationshipsAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var result = await RunAsync(CypherStatements.RelationshipsByIds, new() { ["ids"] = ids.ToList() }, cancellationToken).ConfigureAwait(false);
        return result.Rows.Select(r => Neo4jGraphStore.ToRelationship(result, r)).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    private Task<QueryResult> RunAsync(string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _tx.RunAsync(new CypherStatement(statement, parameters), cancellationToken);
}
