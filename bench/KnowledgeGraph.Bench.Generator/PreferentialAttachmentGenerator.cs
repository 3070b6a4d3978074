using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Bench.Generator;

/// <summary>
/// Barabási–Albert style graph: node i links to <c>edgesPerNode</c> distinct earlier nodes, each picked with
/// probability proportional to its degree (the first nodes link to all earlier ones). No self-loops, no repeated pair.
/// Writes <c>nodes.csv</c> (<c>id,name</c>) and <c>edges.csv</c> (<c>src,dst,weight</c>); the same arguments give the same bytes.
/// </summary>
internal static class PreferentialAttachmentGenerator
{
    public static (long Nodes, long Edges) Write(int nodes, int edgesPerNode, ulong seed, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var random = new SplitMix64(seed);
        // Every edge adds both ends here, so a uniform pick from it is a degree-proportional pick of a node.
        var endpoints = new int[2 * (long)nodes * edgesPerNode > int.MaxValue ? throw new ArgumentOutOfRangeException(nameof(nodes), "graph too large") : 2 * nodes * edgesPerNode];
        var endpointCount = 0;
        long edgeCount = 0;
        var chosen = new HashSet<int>(edgesPerNode);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        using (var nodeWriter = new StreamWriter(Path.Combine(outDirectory, "nodes.csv"), append: false, utf8, 1 << 16) { NewLine = "\n" })
        {
            nodeWriter.WriteLine("id,name");
            for (var i = 0; i < nodes; i++)
            {
                nodeWriter.Write("n-");
                nodeWriter.Write(i.ToString(CultureInfo.InvariantCulture));
                nodeWriter.Write(",Node ");
                nodeWriter.WriteLine(i.ToString(CultureInfo.InvariantCulture));
            }
        }

        using var edgeWriter = new StreamWriter(Path.Combine(outDirectory, "edges.csv"), append: false, utf8, 1 << 16) { NewLine = "\n" };
        edgeWriter.WriteLine("src,dst,weight");
        for (var i = 1; i < nodes; i++)
        {
            chosen.Clear();
            if (i <= edgesPerNode)
            {
                for (var j = 0; j < i; j++)
                {
                    chosen.Add(j);
                }
            }
            else
            {
                while (chosen.Count < edgesPerNode)
                {
                    chosen.Add(endpoints[random.NextInt(endpointCount)]);
                }
            }

            foreach (var target in chosen.Order())
            {
                var weight = (random.NextInt(1000) + 1) / 1000.0;
                edgeWriter.Write("n-");
                edgeWriter.Write(i.ToString(CultureInfo.InvariantCulture));
                edgeWriter.Write(",n-");
                edgeWriter.Write(target.ToString(CultureInfo.InvariantCulture));
                edgeWriter.Write(',');
                edgeWriter.WriteLine(weight.ToString("0.###", CultureInfo.InvariantCulture));
                endpoints[endpointCount++] = i;
                endpoints[endpointCount++] = target;
                edgeCount++;
            }
        }

        return (nodes, edgeCount);
    }
}
