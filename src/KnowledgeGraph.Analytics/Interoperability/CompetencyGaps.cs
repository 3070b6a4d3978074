using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Interoperability;

/// <summary>
/// Where two actors differ in HAS_COMPETENCY level (the highest level recorded on the date; 0 when none), with the
/// agreements valid on the date that BUILD each such competency. Largest differences first, then by competency id.
/// </summary>
public static class CompetencyGaps
{
    public static IReadOnlyList<CompetencyGap> Between(GraphSnapshot g, int a, int b, DateOnly? asOf)
    {
        var levelsA = Levels(g, a, asOf);
        var levelsB = Levels(g, b, asOf);
        var gaps = new List<CompetencyGap>();
        foreach (var competency in levelsA.Keys.Union(levelsB.Keys))
        {
            var la = levelsA.GetValueOrDefault(competency);
            var lb = levelsB.GetValueOrDefault(competency);
            if (la != lb)
            {
                gaps.Add(new CompetencyGap(g.NodeId(competency), g.NodeName(competency), la, lb, Builders(g, competency, asOf)));
            }
        }

        return [.. gaps.OrderByDescending(x => Math.Abs(x.FromLevel - x.ToLevel)).ThenBy(x => x.CompetencyId, StringComparer.Ordinal)];
    }

    /// <summary>Highest level per competency an actor holds on the date.</summary>
    public static Dictionary<int, int> Levels(GraphSnapshot g, int actor, DateOnly? asOf)
    {
        var levels = new Dictionary<int, int>();
        foreach (var e in g.OutgoingRelationships(actor))
        {
            if (g.Type(e) == RelationshipType.HasCompetency && g.IsRelationshipUsableOn(e, asOf))
            {
                var level = g.Level(e) ?? 0;
                levels[g.To(e)] = Math.Max(levels.GetValueOrDefault(g.To(e)), level);
            }
        }

        return levels;
    }

    private static List<BuildingAgreement> Builders(GraphSnapshot g, int competency, DateOnly? asOf)
    {
        var result = new List<BuildingAgreement>();
        foreach (var e in g.IncomingRelationships(competency))
        {
            var source = g.From(e);
            if (g.Type(e) == RelationshipType.Builds && g.Kind(source) == NodeKind.Agreement && g.IsRelationshipUsableOn(e, asOf))
            {
                result.Add(new BuildingAgreement(g.NodeId(source), g.NodeName(source), g.Category(source)));
            }
        }

        result.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return result;
    }
}
