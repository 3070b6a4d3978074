using GraphQL.Types;
using KnowledgeGraph.Application.Analysis;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>Top bottlenecks before and after.</summary>
internal sealed class BottleneckComparisonType : ObjectGraphType<WhatIfResult>
{
    public BottleneckComparisonType()
    {
        Name = "BottleneckComparison";
        Description = "Top bottlenecks before and after.";
        AddField(MakeField("before", ListOf("Bottleneck"), null, c => S(c.Source).BottlenecksBefore));
        AddField(MakeField("after", ListOf("Bottleneck"), null, c => S(c.Source).BottlenecksAfter));
    }

    private static WhatIfResult S(object? source) => (WhatIfResult)source!;
}
