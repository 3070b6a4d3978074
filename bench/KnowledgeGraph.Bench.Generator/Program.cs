using System.Globalization;
using KnowledgeGraph.Bench.Generator;

// Usage: KnowledgeGraph.Bench.Generator NODES EDGES_PER_NODE SEED OUT_DIR [--vary-links]
var vary = args.Length == 5 && args[4] == "--vary-links";
if (args.Length != (vary ? 5 : 4)
    || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var nodes) || nodes < 1
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var perNode) || perNode < 1
    || !ulong.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Bench.Generator NODES EDGES_PER_NODE SEED OUT_DIR [--vary-links]");
    Console.Error.WriteLine("writes OUT_DIR/nodes.csv (id,name) and OUT_DIR/edges.csv (src,dst,weight): a preferential-attachment graph;");
    Console.Error.WriteLine("--vary-links: 1 to 2*EDGES_PER_NODE-1 links per new node instead of exactly EDGES_PER_NODE (the analytics bench's graphs)");
    return 2;
}

var (nodeCount, edgeCount) = new PreferentialAttachmentGenerator(nodes, perNode, seed, vary).WriteCsv(args[3]);
Console.WriteLine($"wrote {nodeCount} nodes and {edgeCount} edges to {args[3]}");
return 0;
