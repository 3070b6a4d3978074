using GraphQL.Types;
using KnowledgeGraph.Analytics.Interoperability;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>A competency the two ends of a path hold at different levels, and the agreements that build it.</summary>
internal sealed class CompetencyGapType : ObjectGraphType<CompetencyGap>
{
    public CompetencyGapType()
    {
        Name = "CompetencyGap";
        Description = "A competency the two ends of a path hold at different levels, and the agreements that build it.";
        AddField(MakeField("competencyId", NonNull("ID"), null, c => S(c.Source).CompetencyId));
        AddField(MakeField("competencyName", NonNull("String"), null, c => S(c.Source).CompetencyName));
        AddField(MakeField("fromLevel", NonNull("Int"), "Level held by the start (0 when not held).", c => S(c.Source).FromLevel));
        AddField(MakeField("toLevel", NonNull("Int"), "Level held by the end (0 when not held).", c => S(c.Source).ToLevel));
        AddField(MakeField("agreements", ListOf("BuildingAgreement"), "Agreements that build it.", c => S(c.Source).Agreements));
    }

    private static CompetencyGap S(object? source) => (CompetencyGap)source!;
}
