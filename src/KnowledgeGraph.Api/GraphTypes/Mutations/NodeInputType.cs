using GraphQL.Types;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>A whole node to create or replace; the same fields and rules as a seed entry (docs/seed-format.md).</summary>
internal sealed class NodeInputType : InputObjectGraphType
{
    public NodeInputType()
    {
        Name = "NodeInput";
        Description = "A node to create or replace whole; validated like a seed entry.";
        Add("id", NonNull("ID"), "Kebab-case id, unique across kinds.");
        Add("kind", NonNull("NodeKind"), "Cannot change for an existing id.");
        Add("name", NonNull("String"), null);
        Add("aliases", new ListGraphType(NonNull("String")), "Other names and acronyms.");
        Add("description", Ref("String"), null);
        Add("confidence", NonNull("Confidence"), null);
        Add("sources", new ListGraphType(NonNull("ID")), "Ids of Source nodes (required except for Source nodes).");
        Add("note", Ref("String"), "Provenance note or quote.");
        Add("validFrom", Ref("Date"), null);
        Add("validTo", Ref("Date"), null);
        Add("properties", Ref("NodePropertiesInput"), "Kind-specific properties.");
    }

    private void Add(string name, IGraphType type, string? description) =>
        AddField(new FieldType { Name = name, ResolvedType = type, Description = description });
}
