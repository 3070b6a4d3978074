using GraphQL.Types;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>A relationship to create or replace; validated like a seed entry.</summary>
internal sealed class RelationshipInputType : InputObjectGraphType
{
    public RelationshipInputType()
    {
        Name = "RelationshipInput";
        Description = "A relationship to create or replace whole; validated like a seed entry.";
        Add("id", Ref("ID"), "Only when two relationships share type, from and to; default {from}--{TYPE}->{to}.");
        Add("type", NonNull("RelationshipType"), null);
        Add("from", NonNull("ID"), null);
        Add("to", NonNull("ID"), null);
        Add("description", Ref("String"), null);
        Add("confidence", NonNull("Confidence"), null);
        Add("sources", new ListGraphType(NonNull("ID")), "Ids of Source nodes (required).");
        Add("note", Ref("String"), null);
        Add("validFrom", Ref("Date"), null);
        Add("validTo", Ref("Date"), null);
        Add("properties", Ref("RelationshipPropertiesInput"), "Type-specific properties (level, role, channel, ...).");
    }

    private void Add(string name, IGraphType type, string? description) =>
        AddField(new FieldType { Name = name, ResolvedType = type, Description = description });
}
