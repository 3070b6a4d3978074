using GraphQL.Types;
using KnowledgeGraph.Application.Analysis;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>Interoperability paths before and after; a path is its node sequence.</summary>
internal sealed class PathComparisonType : ObjectGraphType<WhatIfResult>
{
    public PathComparisonType()
    {
        Name = "PathComparison";
        Description = "Interoperability paths before and after; a path is its node sequence.";
        AddField(MakeField("before", ListOf("InteroperabilityPath"), null, c => S(c.Source).PathsBefore));
        AddField(MakeField("after", ListOf("InteroperabilityPath"), null, c => S(c.Source).PathsAfter));
        AddField(MakeField("broken", ListOf("InteroperabilityPath"), "Paths that existed before and not after.", c => S(c.Source).BrokenPaths));
        AddField(MakeField("new", ListOf("InteroperabilityPath"), "Paths that exist only after.", c => S(c.Source).NewPaths));
    }

    private static WhatIfResult S(object? source) => (WhatIfResult)source!;
}
