using KnowledgeGraph.Analytics.Graphs;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Coordination;

/// <summary>
/// What one coordination link costs (ADR-030). A channel has a base cost (permanent or statutory mechanisms and
/// hierarchy are cheapest, political and ad-hoc mechanisms and shared agreements dearer) plus penalties for weak
/// strength, invitee membership and medium or low confidence; a pair of ends adds penalties for each FRICTION_WITH
/// between them and each HINDERED_BY barrier on either end. Every amount is a multiple of 1/4, so sums are exact.
/// </summary>
public static class LinkCostModel
{
    public const double PermanentMechanism = 1.0;
    public const double PoliticalMechanism = 2.0;
    public const double AdHocMechanism = 3.0;
    public const double UnknownPermanence = 2.0;
    public const double DirectCoordination = 1.0;
    public const double Hierarchy = 1.0;
    public const double SharedAgreement = 2.0;
    public const double Invitee = 0.5;
    public const double StrengthOne = 1.0;
    public const double StrengthTwo = 0.5;
    public const double MediumConfidence = 0.25;
    public const double LowConfidence = 1.0;
    public const double Friction = 1.0;
    public const double Hindrance = 0.5;

    /// <summary>Base cost and channel penalties of one relationship (MEMBER_OF, COORDINATES_WITH or PART_OF).</summary>
    public static double RelationshipChannel(GraphSnapshot g, int edge, List<CostReason>? reasons)
    {
        var from = g.From(edge);
        var to = g.To(edge);
        double cost;
        switch (g.Type(edge))
        {
            case RelationshipType.MemberOf:
                var permanence = g.Category(to);
                cost = permanence switch
                {
                    "permanent" or "statutory" => PermanentMechanism,
                    "political" => PoliticalMechanism,
                    "ad-hoc" => AdHocMechanism,
                    _ => UnknownPermanence,
                };
                reasons?.Add(new(cost, $"member of {permanence ?? "unclassified"} mechanism {g.NodeName(to)}"));
                if (g.Reference(edge) == "invitee")
                {
                    cost += Invitee;
                    reasons?.Add(new(Invitee, "invitee, not a full member"));
                }

                break;
            case RelationshipType.CoordinatesWith:
                if (g.Weight(edge) is { } weight && weight > 0 && double.IsFinite(weight))
                {
                    cost = weight;
                    reasons?.Add(new(cost, "direct coordination with imported weight"));
                }
                else
                {
                    cost = DirectCoordination;
                    reasons?.Add(new(cost, "direct coordination channel"));
                }

                var strength = g.Level(edge);
                var weak = strength switch { 1 => StrengthOne, 2 => StrengthTwo, _ => 0.0 };
                if (weak > 0)
                {
                    cost += weak;
                    reasons?.Add(new(weak, $"weak strength ({strength}/5)"));
                }

                break;
            case RelationshipType.PartOf:
                cost = Hierarchy;
                reasons?.Add(new(cost, $"hierarchy: {g.NodeName(from)} is part of {g.NodeName(to)}"));
                break;
            default:
                throw new ArgumentException($"{g.Type(edge)} is not a coordination channel.", nameof(edge));
        }

        return cost + ConfidencePenalty(g.RelationshipConfidence(edge), reasons);
    }

    /// <summary>Base cost and penalties of two institutions being parties to the same agreement.</summary>
    public static double AgreementChannel(GraphSnapshot g, int agreement, int partyEdgeA, int partyEdgeB, List<CostReason>? reasons)
    {
        reasons?.Add(new(SharedAgreement, $"parties to the same agreement {g.NodeName(agreement)}"));
        var worst = (Confidence)Math.Max((int)g.RelationshipConfidence(partyEdgeA), (int)g.RelationshipConfidence(partyEdgeB));
        return SharedAgreement + ConfidencePenalty(worst, reasons);
    }

    /// <summary>Penalties of the two ends: frictions between them and barriers hindering either (as of the date).</summary>
    public static double PairPenalty(GraphSnapshot g, int a, int b, DateOnly? asOf, List<CostReason>? reasons)
    {
        var cost = 0.0;
        foreach (var (x, y) in new[] { (a, b), (b, a) })
        {
            foreach (var e in g.OutgoingRelationships(x))
            {
                if (g.To(e) == y && g.Type(e) == RelationshipType.FrictionWith && g.IsRelationshipUsableOn(e, asOf))
                {
                    cost += Friction;
                    reasons?.Add(new(Friction, $"friction between the ends: {BarrierName(g, g.Reference(e))}"));
                }
            }
        }

        foreach (var end in new[] { a, b })
        {
            cost += Hindrances(g, end, asOf, reasons);
        }

        return cost;
    }

    /// <summary>Penalty of the barriers that hinder one node.</summary>
    public static double Hindrances(GraphSnapshot g, int node, DateOnly? asOf, List<CostReason>? reasons)
    {
        var cost = 0.0;
        foreach (var e in g.OutgoingRelationships(node))
        {
            if (g.Type(e) == RelationshipType.HinderedBy && g.IsRelationshipUsableOn(e, asOf))
            {
                cost += Hindrance;
                reasons?.Add(new(Hindrance, $"{g.NodeName(node)} hindered by {g.NodeName(g.To(e))}"));
            }
        }

        return cost;
    }

    private static double ConfidencePenalty(Confidence confidence, List<CostReason>? reasons)
    {
        switch (confidence)
        {
            case Confidence.Medium:
                reasons?.Add(new(MediumConfidence, "medium confidence"));
                return MediumConfidence;
            case Confidence.Low:
                reasons?.Add(new(LowConfidence, "low confidence"));
                return LowConfidence;
            default:
                return 0;
        }
    }

    private static string BarrierName(GraphSnapshot g, string? barrierId) =>
        barrierId is not null && g.TryGetIndex(barrierId, out var i) ? g.NodeName(i) : barrierId ?? "unnamed barrier";
}
