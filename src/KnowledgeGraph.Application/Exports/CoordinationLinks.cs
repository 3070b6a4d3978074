using KnowledgeGraph.Analytics.Coordination;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Application.Exports;

/// <summary>
/// Writes a link of the coordination network as a relationship an exporter can carry (ADR-090): type
/// COORDINATES_WITH, id <c>link:FROM:TO</c>, and the link's analysis in properties: <c>channel</c> (MEMBER_OF,
/// COORDINATES_WITH, PART_OF or SHARED_AGREEMENT), <c>cost</c>, <c>channels</c> (how many channels join the pair),
/// <c>via</c> (the relationships of the chosen channel) and <c>reasons</c> (what adds up to the cost). Sources are
/// those of the relationships it stands for; confidence is the lowest of theirs.
/// </summary>
internal static class CoordinationLinks
{
    public const string IdPrefix = "link:";

    public static Relationship ToRelationship(CoordinationLinkInfo link, IReadOnlyDictionary<string, Relationship> basis)
    {
        var found = link.RelationshipIds.Select(id => basis.GetValueOrDefault(id)).OfType<Relationship>().ToList();
        return new Relationship
        {
            Id = $"{IdPrefix}{link.From}:{link.To}",
            Type = RelationshipType.CoordinatesWith,
            From = link.From,
            To = link.To,
            Properties = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["channel"] = link.Channel,
                ["cost"] = link.Cost,
                ["channels"] = (long)link.ChannelCount,
                ["via"] = link.RelationshipIds,
                ["reasons"] = link.Reasons.Select(r => r.ToString()).ToList(),
            },
            Provenance = new Provenance(
                [.. found.SelectMany(r => r.Provenance.Sources).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                $"coordination network link over {link.Channel}"),
            Confidence = found.Count == 0 ? Confidence.Medium : found.Max(r => r.Confidence),
        };
    }
}
