using GraphQL.Types;
using KnowledgeGraph.Application.Analysis;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>Bottlenecks and interoperability paths before and after a hypothetical change (nothing is written).</summary>
internal sealed class WhatIfResultType : ObjectGraphType<WhatIfResult>
{
    public WhatIfResultType()
    {
        Name = "WhatIfResult";
        Description = "Bottlenecks and interoperability paths before and after a hypothetical change (nothing is written).";
        AddField(MakeField("bottlenecks", NonNull("BottleneckComparison"), null, c => c.Source));
        AddField(MakeField("interoperabilityPaths", NonNull("PathComparison"), "Empty unless pathFrom and pathTo were given.", c => c.Source));
        AddField(MakeField("diff", ListOf("RankChange"), "Nodes of either top list whose rank changed.", c => S(c.Source).RankChanges));
    }

    private static WhatIfResult S(object? source) => (WhatIfResult)source!;
}
