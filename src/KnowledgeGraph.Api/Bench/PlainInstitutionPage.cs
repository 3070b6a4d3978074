using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Bench;

/// <summary>
/// The benchmark's page of institutions with their competencies and mechanisms, built straight from the store (the
/// same three batched calls the GraphQL loaders make) and written as the same JSON the GraphQL query returns.
/// </summary>
internal static class PlainInstitutionPage
{
    /// <summary>The GraphQL query this endpoint mirrors.</summary>
    public const string Query = "{ institutions(first: 50, order: [{ id: ASC }]) { nodes { id name competencies { level competency { id name } } memberOf { role mechanism { id name } } } } }";

    public static async Task WriteAsync(IGraphStore store, Stream body, CancellationToken cancellationToken)
    {
        var page = await store.QueryNodesAsync(
            new NodeQuery { Kind = NodeKind.Institution, Sort = [new SortField(BuiltInFields.Id)], First = 50 }, cancellationToken).ConfigureAwait(false);
        var ids = page.Items.Select(i => i.Node.Id).ToList();
        var relationships = await store.GetRelationshipsAsync(
            new RelationshipQuery(ids, Direction.Outgoing) { Types = [RelationshipType.HasCompetency, RelationshipType.MemberOf] }, cancellationToken).ConfigureAwait(false);
        var ends = await store.GetNodesAsync([.. relationships.Select(r => r.To).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        var names = ends.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        var byFrom = relationships.ToLookup(r => r.From, StringComparer.Ordinal);

        await using var json = new Utf8JsonWriter(body);
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteStartObject("institutions");
        json.WriteStartArray("nodes");
        foreach (var node in page.Items.Select(i => i.Node))
        {
            json.WriteStartObject();
            json.WriteString("id", node.Id);
            json.WriteString("name", node.Name);
            json.WriteStartArray("competencies");
            foreach (var rel in byFrom[node.Id].Where(r => r.Type == RelationshipType.HasCompetency))
            {
                json.WriteStartObject();
                json.WriteNumber("level", (long)rel.Properties["level"]);
                End(json, "competency", rel.To, names);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("memberOf");
            foreach (var rel in byFrom[node.Id].Where(r => r.Type == RelationshipType.MemberOf))
            {
                json.WriteStartObject();
                json.WriteString("role", (string)rel.Properties["role"]);
                End(json, "mechanism", rel.To, names);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void End(Utf8JsonWriter json, string name, string id, Dictionary<string, string> names)
    {
        json.WriteStartObject(name);
        json.WriteString("id", id);
        json.WriteString("name", names.GetValueOrDefault(id, string.Empty));
        json.WriteEndObject();
    }
}
