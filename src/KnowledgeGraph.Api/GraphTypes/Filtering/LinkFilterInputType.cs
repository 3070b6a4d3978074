using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Filtering;

/// <summary><c>{ some: CompetencyWhere }</c> or <c>{ none: … }</c> over a relationship field; <c>some: {}</c> means "has any".</summary>
internal sealed class LinkFilterInputType : InputObjectGraphType
{
    public LinkFilterInputType(NodeKind? endKind)
    {
        Name = TypeName(endKind);
        Description = "Keeps nodes with some (or none) of these relationships whose other end matches the filter.";
        var where = WhereFields.WhereTypeName(endKind);
        AddField(new FieldType { Name = "some", ResolvedType = Ref(where), Description = "At least one relationship's other end matches." });
        AddField(new FieldType { Name = "none", ResolvedType = Ref(where), Description = "No relationship's other end matches." });
    }

    public static string TypeName(NodeKind? endKind) => endKind is { } k ? $"{k}LinkFilter" : "NodeLinkFilter";
}
