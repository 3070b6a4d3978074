using GraphQL.Types;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>Hypothetical nodes and relationships for whatIf (validated like curation input, never written).</summary>
internal sealed class WhatIfAddInputType : InputObjectGraphType
{
    public WhatIfAddInputType()
    {
        Name = "WhatIfAddInput";
        Description = "Nodes and relationships to add hypothetically (e.g. a new agreement and its parties); nothing is written.";
        AddField(new FieldType { Name = "nodes", ResolvedType = new ListGraphType(NonNull("NodeInput")) });
        AddField(new FieldType { Name = "relationships", ResolvedType = new ListGraphType(NonNull("RelationshipInput")) });
    }
}
