using GraphQL.DataLoader;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Loading;

/// <summary>
/// The per-request loaders over <see cref="IGraphStore"/>: nodes by id and relationships by (node, type, direction).
/// Every relationship field of every item in one execution step shares ONE store call, and every end node of the
/// next step shares one more, so the number of store calls depends on the query's shape, never on page sizes.
/// </summary>
internal sealed class GraphDataLoader
{
    private readonly IGraphStore _store;
    private readonly BatchLoader<string, Node?> _nodes;
    private readonly BatchLoader<LinkKey, IReadOnlyList<Relationship>> _links;

    public GraphDataLoader(IGraphStore store)
    {
        _store = store;
        _nodes = new BatchLoader<string, Node?>(FetchNodesAsync, null, StringComparer.Ordinal);
        _links = new BatchLoader<LinkKey, IReadOnlyList<Relationship>>(FetchLinksAsync, []);
    }

    public IGraphStore Store => _store;

    public IDataLoaderResult<Node?> LoadNode(string id) => _nodes.Load(id);

    public IDataLoaderResult<IReadOnlyList<Relationship>> LoadLinks(string nodeId, RelationshipType type, Direction direction) =>
        _links.Load(new LinkKey(nodeId, type, direction));

    /// <summary>Nodes that a query already returned: their later loads are free.</summary>
    public void Prime(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            _nodes.Prime(node.Id, node);
        }
    }

    private async Task<IReadOnlyDictionary<string, Node?>> FetchNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var nodes = await _store.GetNodesAsync(ids, cancellationToken).ConfigureAwait(false);
        return nodes.ToDictionary(n => n.Id, n => (Node?)n, StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<LinkKey, IReadOnlyList<Relationship>>> FetchLinksAsync(
        IReadOnlyCollection<LinkKey> keys, CancellationToken cancellationToken)
    {
        var directions = keys.Select(k => k.Direction).Distinct().ToList();
        var query = new RelationshipQuery(keys.Select(k => k.NodeId).Distinct(StringComparer.Ordinal).ToList(), directions.Count == 1 ? directions[0] : Direction.Both)
        {
            Types = keys.Select(k => k.Type).Distinct().ToList(),
        };
        var relationships = await _store.GetRelationshipsAsync(query, cancellationToken).ConfigureAwait(false);

        var byNode = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        foreach (var rel in relationships)
        {
            Add(rel.From, rel);
            if (rel.To != rel.From)
            {
                Add(rel.To, rel);
            }
        }

        var result = new Dictionary<LinkKey, IReadOnlyList<Relationship>>();
        foreach (var key in keys)
        {
            result[key] = byNode.TryGetValue(key.NodeId, out var touching) ? touching.Where(key.Matches).ToList() : [];
        }

        return result;

        void Add(string nodeId, Relationship rel)
        {
            if (!byNode.TryGetValue(nodeId, out var list))
            {
                byNode[nodeId] = list = [];
            }

            list.Add(rel);
        }
    }
}
