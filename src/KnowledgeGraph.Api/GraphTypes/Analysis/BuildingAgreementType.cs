using GraphQL.Types;
using KnowledgeGraph.Analytics.Interoperability;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>An agreement that builds a competency.</summary>
internal sealed class BuildingAgreementType : ObjectGraphType<BuildingAgreement>
{
    public BuildingAgreementType()
    {
        Name = "BuildingAgreement";
        Description = "An agreement that builds a competency.";
        AddField(MakeField("id", NonNull("ID"), null, c => S(c.Source).Id));
        AddField(MakeField("name", NonNull("String"), null, c => S(c.Source).Name));
        AddField(MakeField("status", Ref("String"), null, c => S(c.Source).Status));
    }

    private static BuildingAgreement S(object? source) => (BuildingAgreement)source!;
}
