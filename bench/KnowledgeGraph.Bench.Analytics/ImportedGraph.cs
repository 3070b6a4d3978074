using KnowledgeGraph.Bench.Generator;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Bench.Analytics;

/// <summary>
/// The bench generator's graph (bench/KnowledgeGraph.Bench.Generator, shared with the import bench) as the domain
/// objects <c>kg import</c> makes of its CSV: Institution nodes <c>n-i</c> named "Node i", and one COORDINATES_WITH
/// relationship per edge with the float property <c>weight</c> (its link cost) and the importer's default confidence.
/// </summary>
internal sealed class ImportedGraph(PreferentialAttachmentGenerator generator)
{
    private static readonly Provenance NodesProvenance = new([], "imported from nodes.csv");
    private static readonly Provenance EdgesProvenance = new([], "imported from edges.csv");

    public IEnumerable<Node> Nodes()
    {
        for (var i = 0; i < generator.NodeCount; i++)
        {
            yield return new Node
            {
                Id = PreferentialAttachmentGenerator.NodeId(i),
                Kind = NodeKind.Institution,
                Name = PreferentialAttachmentGenerator.NodeName(i),
                Provenance = NodesProvenance,
            };
        }
    }

    public IEnumerable<Relationship> Relationships()
    {
        foreach (var edge in generator.Edges())
        {
            var from = PreferentialAttachmentGenerator.NodeId(edge.From);
            var to = PreferentialAttachmentGenerator.NodeId(edge.To);
            yield return new Relationship
            {
                Id = Relationship.DefaultId(from, RelationshipType.CoordinatesWith, to),
                Type = RelationshipType.CoordinatesWith,
                From = from,
                To = to,
                Properties = new Dictionary<string, object>(1, StringComparer.Ordinal) { ["weight"] = edge.Weight },
                Provenance = EdgesProvenance,
            };
        }
    }
}
