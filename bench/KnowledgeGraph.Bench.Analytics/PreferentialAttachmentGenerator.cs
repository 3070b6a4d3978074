using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Bench.Analytics;

/// <summary>
/// Deterministic preferential-attachment graphs: a clique of d+1 institutions, then each new institution links to
/// between 1 and 2d-1 distinct earlier ones (d on average) drawn with probability proportional to degree (a uniform
/// pick from the list of edge ends). Varying the count leaves pendant institutions, so there are bridges and cut nodes
/// to find. About n·d COORDINATES_WITH relationships with seeded strength (1–5) and confidence, so costs vary.
/// </summary>
internal sealed class PreferentialAttachmentGenerator(int nodes, int degree, int seed)
{
    public static string NodeId(int i) => $"inst-{i:D7}";

    public IEnumerable<Node> Nodes()
    {
        for (var i = 0; i < nodes; i++)
        {
            yield return new Node
            {
                Id = NodeId(i),
                Kind = NodeKind.Institution,
                Name = $"Institution {i}",
                Confidence = Confidence.High,
                Properties = new Dictionary<string, object> { ["country"] = i % 2 == 0 ? "mx" : "us" },
            };
        }
    }

    public IEnumerable<Relationship> Relationships()
    {
        foreach (var (a, b, strength, confidence) in Edges())
        {
            yield return new Relationship
            {
                Id = Relationship.DefaultId(NodeId(a), RelationshipType.CoordinatesWith, NodeId(b)),
                Type = RelationshipType.CoordinatesWith,
                From = NodeId(a),
                To = NodeId(b),
                Confidence = confidence,
                Properties = new Dictionary<string, object> { ["strength"] = (long)strength },
            };
        }
    }

    public IEnumerable<(int From, int To, int Strength, Confidence Confidence)> Edges()
    {
        var random = new Random(seed);
        var ends = new List<int>(2 * nodes * degree);
        var chosen = new int[(2 * degree) - 1];
        for (var a = 0; a <= degree && a < nodes; a++)
        {
            for (var b = a + 1; b <= degree && b < nodes; b++)
            {
                ends.Add(a);
                ends.Add(b);
                yield return Attributes(a, b, random);
            }
        }

        for (var v = degree + 1; v < nodes; v++)
        {
            var links = Math.Min(v, 1 + random.Next((2 * degree) - 1));
            var count = 0;
            while (count < links)
            {
                var t = ends[random.Next(ends.Count)];
                if (Array.IndexOf(chosen, t, 0, count) < 0)
                {
                    chosen[count++] = t;
                }
            }

            for (var i = 0; i < links; i++)
            {
                ends.Add(v);
                ends.Add(chosen[i]);
                yield return Attributes(v, chosen[i], random);
            }
        }
    }

    private static (int, int, int, Confidence) Attributes(int a, int b, Random random)
    {
        var roll = random.Next(10);
        var confidence = roll < 7 ? Confidence.High : roll < 9 ? Confidence.Medium : Confidence.Low;
        return (a, b, 1 + random.Next(5), confidence);
    }
}
