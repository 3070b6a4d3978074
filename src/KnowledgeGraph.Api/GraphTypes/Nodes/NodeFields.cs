using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Nodes;

/// <summary>The fields every node has, shared by the <c>Node</c> interface and each kind's type.</summary>
internal static class NodeFields
{
    public static void AddCommon(IComplexGraphType type)
    {
        type.AddField(MakeField("id", NonNull("ID"), "Stable kebab-case id, e.g. mx-sedena.", c => N(c.Source).Id));
        type.AddField(MakeField("kind", NonNull("NodeKind"), "The node's kind.", c => N(c.Source).Kind));
        type.AddField(MakeField("name", NonNull("String"), "Official name, accents kept.", c => N(c.Source).Name));
        type.AddField(MakeField("aliases", ListOf("String"), "Other names, Spanish and English, and acronyms.", c => N(c.Source).Aliases));
        type.AddField(MakeField("description", Ref("String"), null, c => N(c.Source).Description));
        type.AddField(MakeField("confidence", NonNull("Confidence"), "How far this fact is trusted.", c => N(c.Source).Confidence));
        type.AddField(MakeField("provenance", NonNull("Provenance"), "Sources and a note.", c => N(c.Source).Provenance));
        type.AddField(MakeField("validFrom", Ref("Date"), "First day this holds (open when null).", c => N(c.Source).ValidFrom));
        type.AddField(MakeField("validTo", Ref("Date"), "Last day this holds (open when null).", c => N(c.Source).ValidTo));
        type.AddField(MakeField("properties", ListOf("PropertyValue"), "Kind-specific properties as name and text.", c => N(c.Source).Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList()));

        if (type is IInterfaceGraphType)
        {
            // Interface fields only declare; each kind's object type resolves.
            foreach (var field in type.Fields)
            {
                field.Resolver = null;
            }
        }
    }

    private static Node N(object? source) => (Node)source!;
}
