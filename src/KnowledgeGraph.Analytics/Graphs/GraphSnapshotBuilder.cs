using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Graphs;

/// <summary>
/// Collects nodes, then relationships, into the columns of a <see cref="GraphSnapshot"/>. Add every node before the
/// relationships that touch it (stores stream nodes first); a relationship with an unknown end is counted and skipped.
/// Category strings are pooled so a million nodes share a handful of string instances. Build once: the snapshot takes
/// over the builder's arrays.
/// </summary>
public sealed class GraphSnapshotBuilder
{
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly long _revision;

    private int _nodeCount;
    private string[] _ids = new string[16];
    private string[] _names = new string[16];
    private byte[] _kinds = new byte[16];
    private byte[] _nodeConfidence = new byte[16];
    private string?[] _categories = new string?[16];
    private int[] _nodeFrom = new int[16];
    private int[] _nodeTo = new int[16];

    private int _edgeCount;
    private int[] _from = new int[16];
    private int[] _to = new int[16];
    private byte[] _types = new byte[16];
    private byte[] _edgeConfidence = new byte[16];
    private short[] _levels = new short[16];
    private double[] _weights = new double[16];
    private string?[] _references = new string?[16];
    private string?[] _explicitIds = new string?[16];
    private int[] _edgeFrom = new int[16];
    private int[] _edgeTo = new int[16];
    private int _skipped;

    public GraphSnapshotBuilder(long revision = 0)
    {
        _revision = revision;
    }

    public int NodeCount => _nodeCount;

    public int RelationshipCount => _edgeCount;

    /// <summary>Reads every node, then every relationship, from two streams (such as the store's ReadAll methods).</summary>
    public static async Task<GraphSnapshot> BuildAsync(
        long revision, IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken = default)
    {
        var builder = new GraphSnapshotBuilder(revision);
        await foreach (var node in nodes.WithCancellation(cancellationToken))
        {
            builder.AddNode(node);
        }

        await foreach (var relationship in relationships.WithCancellation(cancellationToken))
        {
            builder.AddRelationship(relationship);
        }

        return builder.Build();
    }

    public bool ContainsNode(string id) => _indexById.ContainsKey(id);

    /// <summary>Adds a node; a second node with the same id replaces the first one's attributes.</summary>
    public int AddNode(Node node)
    {
        if (!_indexById.TryGetValue(node.Id, out var i))
        {
            i = _nodeCount++;
            EnsureNodeCapacity(_nodeCount);
            _indexById[node.Id] = i;
            _ids[i] = node.Id;
        }

        _names[i] = node.Name;
        _kinds[i] = (byte)node.Kind;
        _nodeConfidence[i] = (byte)node.Confidence;
        _categories[i] = Pool(node.GetString(CategoryProperty(node.Kind)));
        _nodeFrom[i] = node.ValidFrom?.DayNumber ?? GraphSnapshot.OpenStart;
        _nodeTo[i] = node.ValidTo?.DayNumber ?? GraphSnapshot.OpenEnd;
        return i;
    }

    /// <summary>Adds a relationship; false (and counted as skipped) when an end is not a known node.</summary>
    public bool AddRelationship(Relationship relationship)
    {
        if (!_indexById.TryGetValue(relationship.From, out var from) || !_indexById.TryGetValue(relationship.To, out var to))
        {
            _skipped++;
            return false;
        }

        var e = _edgeCount++;
        EnsureEdgeCapacity(_edgeCount);
        _from[e] = from;
        _to[e] = to;
        _types[e] = (byte)relationship.Type;
        _edgeConfidence[e] = (byte)relationship.Confidence;
        _levels[e] = ReadLevel(relationship);
        _weights[e] = relationship.Properties.TryGetValue("weight", out var w) && w is double d ? d : double.NaN;
        _references[e] = Pool(relationship.Type switch
        {
            RelationshipType.FrictionWith => relationship.Properties.GetValueOrDefault("barrier") as string,
            RelationshipType.DependsOn => relationship.Properties.GetValueOrDefault("for") as string,
            RelationshipType.MemberOf => relationship.Properties.GetValueOrDefault("role") as string,
            _ => null,
        });
        _explicitIds[e] = relationship.HasDefaultId() ? null : relationship.Id;
        _edgeFrom[e] = relationship.ValidFrom?.DayNumber ?? GraphSnapshot.OpenStart;
        _edgeTo[e] = relationship.ValidTo?.DayNumber ?? GraphSnapshot.OpenEnd;
        return true;
    }

    /// <summary>Copies the nodes and relationships of another snapshot that the filters keep (what-if views).</summary>
    public void AddFrom(GraphSnapshot source, Func<int, bool> keepNode, Func<int, bool> keepRelationship)
    {
        var map = new int[source.NodeCount];
        var n = source.Nodes;
        for (var i = 0; i < source.NodeCount; i++)
        {
            if (!keepNode(i))
            {
                map[i] = -1;
                continue;
            }

            if (!_indexById.TryGetValue(n.Ids[i], out var j))
            {
                j = _nodeCount++;
                EnsureNodeCapacity(_nodeCount);
                _indexById[n.Ids[i]] = j;
                _ids[j] = n.Ids[i];
            }

            _names[j] = n.Names[i];
            _kinds[j] = n.Kinds[i];
            _nodeConfidence[j] = n.Confidence[i];
            _categories[j] = n.Categories[i];
            _nodeFrom[j] = n.ValidFrom[i];
            _nodeTo[j] = n.ValidTo[i];
            map[i] = j;
        }

        var s = source.Edges;
        for (var e = 0; e < source.RelationshipCount; e++)
        {
            if (map[s.From[e]] < 0 || map[s.To[e]] < 0 || !keepRelationship(e))
            {
                continue;
            }

            var f = _edgeCount++;
            EnsureEdgeCapacity(_edgeCount);
            _from[f] = map[s.From[e]];
            _to[f] = map[s.To[e]];
            _types[f] = s.Types[e];
            _edgeConfidence[f] = s.Confidence[e];
            _levels[f] = s.Levels[e];
            _weights[f] = s.Weights[e];
            _references[f] = s.References[e];
            _explicitIds[f] = s.ExplicitIds[e];
            _edgeFrom[f] = s.ValidFrom[e];
            _edgeTo[f] = s.ValidTo[e];
        }
    }

    public GraphSnapshot Build()
    {
        var nodes = new NodeColumns(
            _nodeCount, Trim(_ids, _nodeCount), Trim(_names, _nodeCount), Trim(_kinds, _nodeCount), Trim(_nodeConfidence, _nodeCount),
            Trim(_categories, _nodeCount), Trim(_nodeFrom, _nodeCount), Trim(_nodeTo, _nodeCount));
        var edges = new EdgeColumns(
            _edgeCount, Trim(_from, _edgeCount), Trim(_to, _edgeCount), Trim(_types, _edgeCount), Trim(_edgeConfidence, _edgeCount),
            Trim(_levels, _edgeCount), Trim(_weights, _edgeCount), Trim(_references, _edgeCount), Trim(_explicitIds, _edgeCount),
            Trim(_edgeFrom, _edgeCount), Trim(_edgeTo, _edgeCount));
        return new GraphSnapshot(_revision, nodes, edges, _skipped, _indexById);
    }

    internal static string CategoryProperty(NodeKind kind) => kind switch
    {
        NodeKind.Institution => "country",
        NodeKind.Mechanism => "permanence",
        NodeKind.Agreement => "status",
        NodeKind.Objective => "holder",
        NodeKind.Country => "iso",
        NodeKind.Barrier => "category",
        NodeKind.Competency => "pillar",
        _ => "category",
    };

    private static short ReadLevel(Relationship relationship)
    {
        var key = relationship.Type switch
        {
            RelationshipType.HasCompetency => "level",
            RelationshipType.CoordinatesWith => "strength",
            _ => null,
        };
        return key is not null && relationship.Properties.TryGetValue(key, out var v) && v is long l && l is >= 0 and <= short.MaxValue
            ? (short)l
            : (short)-1;
    }

    private static T[] Trim<T>(T[] array, int count)
    {
        if (array.Length == count)
        {
            return array;
        }

        var trimmed = new T[count];
        Array.Copy(array, trimmed, count);
        return trimmed;
    }

    private static void Grow<T>(ref T[] array, int needed)
    {
        if (needed > array.Length)
        {
            Array.Resize(ref array, (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * array.Length)));
        }
    }

    private string? Pool(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_pool.TryGetValue(value, out var pooled))
        {
            return pooled;
        }

        // Only small vocabularies are worth pooling; free-text values would make the pool grow without bound.
        if (_pool.Count < 4096)
        {
            _pool[value] = value;
        }

        return value;
    }

    private void EnsureNodeCapacity(int needed)
    {
        if (needed <= _ids.Length)
        {
            return;
        }

        Grow(ref _ids, needed);
        Grow(ref _names, needed);
        Grow(ref _kinds, needed);
        Grow(ref _nodeConfidence, needed);
        Grow(ref _categories, needed);
        Grow(ref _nodeFrom, needed);
        Grow(ref _nodeTo, needed);
    }

    private void EnsureEdgeCapacity(int needed)
    {
        if (needed <= _from.Length)
        {
            return;
        }

        Grow(ref _from, needed);
        Grow(ref _to, needed);
        Grow(ref _types, needed);
        Grow(ref _edgeConfidence, needed);
        Grow(ref _levels, needed);
        Grow(ref _weights, needed);
        Grow(ref _references, needed);
        Grow(ref _explicitIds, needed);
        Grow(ref _edgeFrom, needed);
        Grow(ref _edgeTo, needed);
    }
}
