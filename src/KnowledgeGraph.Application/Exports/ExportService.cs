using System.Runtime.CompilerServices;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Application.Exports;

/// <summary>
/// Builds what an export holds (ADR-090) and hands it to the writers; the one place behind <c>kg export</c> and
/// <c>GET /export/{format}</c>. Scopes: the whole graph, a neighbourhood, or the coordination network exactly as
/// <see cref="AnalysisService"/> computes it. As of a date, only nodes and relationships valid on it are kept and a
/// relationship whose end is gone is dropped. With analytics, the actors carry their bottleneck measures.
/// </summary>
public sealed class ExportService
{
    private readonly IGraphStore _store;
    private readonly AnalysisService _analysis;

    public ExportService(IGraphStore store, AnalysisService analysis)
    {
        _store = store;
        _analysis = analysis;
    }

    /// <summary>
    /// Checks the request and gathers the export; nothing is written yet, so a caller can still refuse it cleanly
    /// (an HTTP status before the body). The canonical JSON lines of the whole graph stay streamed from the store.
    /// </summary>
    /// <exception cref="ExportException">The request is invalid or its centre node is unknown.</exception>
    public async Task<PreparedExport> PrepareAsync(ExportFileType type, ExportRequest request, CancellationToken cancellationToken = default)
    {
        ExportParameters.Check(request);
        if (type.Format is null && request.Analytics)
        {
            throw new ExportException(ExportCodes.InvalidParameter, "analytics", "the canonical JSON lines carry no analytics attributes; choose graphml, gexf, cytoscape, dot or csv");
        }

        if (type.Format is null && request.Scope == ExportScope.All)
        {
            return new PreparedExport(type, request, _store, null, null);
        }

        var graph = await GetSubgraphAsync(request, cancellationToken);
        var attributes = request.Analytics ? await GetAnalyticsAttributesAsync(request.AsOf, cancellationToken) : null;
        return new PreparedExport(type, request, null, graph, attributes);
    }

    /// <summary>The nodes and relationships of the request's scope, on its date.</summary>
    /// <exception cref="ExportException">The request is invalid or its centre node is unknown.</exception>
    public async Task<Subgraph> GetSubgraphAsync(ExportRequest request, CancellationToken cancellationToken = default)
    {
        ExportParameters.Check(request);
        return request.Scope switch
        {
            ExportScope.Neighbourhood => await NeighbourhoodAsync(request, cancellationToken),
            ExportScope.Coordination => await CoordinationAsync(request.AsOf, cancellationToken),
            _ => await AllAsync(request.AsOf, cancellationToken),
        };
    }

    /// <summary>
    /// Per actor of the coordination network on the date: <c>betweenness</c> (unweighted, exact), <c>articulationPoint</c>,
    /// <c>coreNumber</c> and <c>rank</c>, as <see cref="AnalysisService.GetBottlenecksAsync(BottleneckQuery, CancellationToken)"/>
    /// ranks them (the first <see cref="BottleneckQuery.MaxTop"/> actors). Other nodes get none.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>> GetAnalyticsAttributesAsync(
        DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        var rows = await _analysis.GetBottlenecksAsync(new BottleneckQuery { Top = BottleneckQuery.MaxTop, AsOf = asOf }, cancellationToken);
        return rows.ToDictionary(
            r => r.NodeId,
            r => (IReadOnlyDictionary<string, object>)new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["betweenness"] = r.Betweenness,
                ["articulationPoint"] = r.ArticulationPoint,
                ["coreNumber"] = (long)r.CoreNumber,
                ["rank"] = (long)r.Rank,
            },
            StringComparer.Ordinal);
    }

    /// <summary>Nodes valid on the date (every node without one), then relationships valid on it whose ends were kept.</summary>
    internal static async IAsyncEnumerable<Node> ValidNodesAsync(
        IAsyncEnumerable<Node> nodes, DateOnly? asOf, HashSet<string> kept, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            if (asOf is null || node.IsValidOn(asOf.Value))
            {
                kept.Add(node.Id);
                yield return node;
            }
        }
    }

    /// <summary>Relationships valid on the date (all without one) whose two ends are in <paramref name="kept"/>.</summary>
    internal static async IAsyncEnumerable<Relationship> ValidRelationshipsAsync(
        IAsyncEnumerable<Relationship> relationships, DateOnly? asOf, HashSet<string> kept, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var relationship in relationships.WithCancellation(cancellationToken))
        {
            if ((asOf is null || relationship.IsValidOn(asOf.Value)) && kept.Contains(relationship.From) && kept.Contains(relationship.To))
            {
                yield return relationship;
            }
        }
    }

    private async Task<Subgraph> AllAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var nodes = new List<Node>();
        await foreach (var node in ValidNodesAsync(_store.ReadAllNodesAsync(cancellationToken), asOf, kept, cancellationToken))
        {
            nodes.Add(node);
        }

        var relationships = new List<Relationship>();
        await foreach (var relationship in ValidRelationshipsAsync(_store.ReadAllRelationshipsAsync(cancellationToken), asOf, kept, cancellationToken))
        {
            relationships.Add(relationship);
        }

        return new Subgraph(nodes, relationships);
    }

    // The store's neighbourhood is a superset of the one on the date (dropping items only shortens reach), so the
    // dated one is a second walk over it through valid items only: a node reached only over an ended relationship goes.
    private async Task<Subgraph> NeighbourhoodAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var id = request.Id!.Trim();
        var depth = request.Depth ?? ExportRequest.DefaultDepth;
        var graph = await _store.GetNeighbourhoodAsync(new NeighbourhoodQuery(id, depth) { Types = request.Types }, cancellationToken);
        var centre = graph.Nodes.FirstOrDefault(n => n.Id == id)
            ?? throw new ExportException(ExportCodes.UnknownNode, "id", $"no node has id '{id}'");
        if (request.AsOf is not { } date)
        {
            return graph;
        }

        if (!centre.IsValidOn(date))
        {
            throw new ExportException(ExportCodes.UnknownNode, "id", $"node '{id}' is not valid on {date:yyyy-MM-dd} (valid {centre.ValidFrom:yyyy-MM-dd}..{centre.ValidTo:yyyy-MM-dd})");
        }

        var valid = graph.Nodes.Where(n => n.IsValidOn(date)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = graph.Relationships.Where(r => r.IsValidOn(date) && valid.Contains(r.From) && valid.Contains(r.To)).ToList();
        var adjacency = relationships
            .SelectMany(r => new[] { (Near: r.From, Far: r.To), (Near: r.To, Far: r.From) })
            .ToLookup(x => x.Near, x => x.Far, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal) { id };
        var frontier = new List<string> { id };
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            frontier = [.. frontier.SelectMany(v => adjacency[v]).Where(reached.Add)];
        }

        return new Subgraph(
            [.. graph.Nodes.Where(n => reached.Contains(n.Id))],
            [.. relationships.Where(r => reached.Contains(r.From) && reached.Contains(r.To))]);
    }

    private async Task<Subgraph> CoordinationAsync(DateOnly? asOf, CancellationToken cancellationToken)
    {
        var network = await _analysis.GetCoordinationNetworkAsync(asOf, cancellationToken);
        var nodes = await _store.GetNodesAsync([.. network.Nodes.Select(n => n.Id)], cancellationToken);
        var basisIds = network.Links.SelectMany(l => l.RelationshipIds).ToHashSet(StringComparer.Ordinal);
        var basis = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        await foreach (var relationship in _store.ReadAllRelationshipsAsync(cancellationToken))
        {
            if (basisIds.Contains(relationship.Id))
            {
                basis[relationship.Id] = relationship;
            }
        }

        return new Subgraph(nodes, [.. network.Links.Select(l => CoordinationLinks.ToRelationship(l, basis))]);
    }
}
