using GraphQL.Types;
using KnowledgeGraph.Analytics.Coordination;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>One part of a link's cost and why.</summary>
internal sealed class CostReasonType : ObjectGraphType<CostReason>
{
    public CostReasonType()
    {
        Name = "CostReason";
        Description = "One part of a link's cost and why.";
        AddField(MakeField("amount", NonNull("Float"), "What it adds to the cost.", c => S(c.Source).Amount));
        AddField(MakeField("text", NonNull("String"), "Why, in words.", c => S(c.Source).Text));
    }

    private static CostReason S(object? source) => (CostReason)source!;
}
