using System.Globalization;
using KnowledgeGraph.Bench.Generator;

// Usage: KnowledgeGraph.Bench.Generator NODES EDGES_PER_NODE SEED OUT_DIR
if (args.Length != 4
    || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var nodes) || nodes < 1
    || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var perNode) || perNode < 1
    || !ulong.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
{
    Console.Error.WriteLine("usage: KnowledgeGraph.Bench.Generator NODES EDGES_PER_NODE SEED OUT_DIR");
    Console.Error.WriteLine("writes OUT_DIR/nodes.csv (id,name) and OUT_DIR/edges.csv (src,dst,weight): a preferential-attachment graph");
    return 2;
}

var (nodeCount, edgeCount) = PreferentialAttachmentGenerator.Write(nodes, perNode, seed, args[3]);
Console.WriteLine($"wrote {nodeCount} nodes and {edgeCount} edges to {args[3]}");
return 0;
