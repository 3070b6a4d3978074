using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench.Generator;

/// <summary>
/// The one test-graph generator of the benches (ADR-092). Barabási–Albert style: the first <c>edgesPerNode</c> + 1
/// nodes form a clique, then each new node links to distinct earlier nodes picked with probability proportional to
/// their degree (a uniform pick from the list of edge ends): exactly <c>edgesPerNode</c> of them, or, with
/// <c>varyLinks</c>, between 1 and 2·edgesPerNode − 1 (the same mean; at most the earlier nodes), which leaves pendant nodes, so bridges and cut
/// nodes. No self-loops, no repeated pair; each edge has a weight in (0, 1] in thousandths. Seeded with
/// <see cref="SplitMix64"/>: the same arguments give the same graph on every .NET version.
/// The import bench writes it as CSV (<see cref="WriteCsv"/>); the analytics bench streams <see cref="Edges"/>.
/// </summary>
public sealed class PreferentialAttachmentGenerator
{
    private readonly int _nodes;
    private readonly int _edgesPerNode;
    private readonly ulong _seed;
    private readonly bool _varyLinks;

    public PreferentialAttachmentGenerator(int nodes, int edgesPerNode, ulong seed, bool varyLinks = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(edgesPerNode, 1);
        if (2L * nodes * MaxLinks(edgesPerNode, varyLinks) > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(nodes), "graph too large");
        }

        _nodes = nodes;
        _edgesPerNode = edgesPerNode;
        _seed = seed;
        _varyLinks = varyLinks;
    }

    public int NodeCount => _nodes;

    /// <summary>The id of node <paramref name="index"/> (<c>n-0</c>, <c>n-1</c>, ...), as in nodes.csv.</summary>
    public static string NodeId(int index) => "n-" + index.ToString(CultureInfo.InvariantCulture);

    public static string NodeName(int index) => "Node " + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The edges in generation order: each new node's links, to older nodes in increasing order.</summary>
    public IEnumerable<GeneratedEdge> Edges()
    {
        var random = new SplitMix64(_seed);

        // Every edge adds both ends here, so a uniform pick from it is a degree-proportional pick of a node.
        var endpoints = new int[2 * _nodes * MaxLinks(_edgesPerNode, _varyLinks)];
        var endpointCount = 0;
        var chosen = new HashSet<int>(2 * _edgesPerNode);
        for (var i = 1; i < _nodes; i++)
        {
            chosen.Clear();
            if (i <= _edgesPerNode)
            {
                for (var j = 0; j < i; j++)
                {
                    chosen.Add(j);
                }
            }
            else
            {
                var links = _varyLinks ? Math.Min(i, 1 + random.NextInt((2 * _edgesPerNode) - 1)) : _edgesPerNode;
                while (chosen.Count < links)
                {
                    chosen.Add(endpoints[random.NextInt(endpointCount)]);
                }
            }

            foreach (var target in chosen.Order())
            {
                var weight = (random.NextInt(1000) + 1) / 1000.0;
                endpoints[endpointCount++] = i;
                endpoints[endpointCount++] = target;
                yield return new GeneratedEdge(i, target, weight);
            }
        }
    }

    private static int MaxLinks(int edgesPerNode, bool varyLinks) => varyLinks ? (2 * edgesPerNode) - 1 : edgesPerNode;

    /// <summary>Writes <c>nodes.csv</c> (<c>id,name</c>) and <c>edges.csv</c> (<c>src,dst,weight</c>), the files <c>kg import</c> reads.</summary>
    public (long Nodes, long Edges) WriteCsv(string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using (var nodeWriter = new StreamWriter(Path.Combine(outDirectory, "nodes.csv"), append: false, utf8, 1 << 16) { NewLine = "\n" })
        {
            nodeWriter.WriteLine("id,name");
            for (var i = 0; i < _nodes; i++)
            {
                nodeWriter.Write(NodeId(i));
                nodeWriter.Write(',');
                nodeWriter.WriteLine(NodeName(i));
            }
        }

        long edgeCount = 0;
        using var edgeWriter = new StreamWriter(Path.Combine(outDirectory, "edges.csv"), append: false, utf8, 1 << 16) { NewLine = "\n" };
        edgeWriter.WriteLine("src,dst,weight");
        foreach (var edge in Edges())
        {
            edgeWriter.Write(NodeId(edge.From));
            edgeWriter.Write(',');
            edgeWriter.Write(NodeId(edge.To));
            edgeWriter.Write(',');
            edgeWriter.WriteLine(edge.Weight.ToString("0.###", CultureInfo.InvariantCulture));
            edgeCount++;
        }

        return (_nodes, edgeCount);
    }
}
