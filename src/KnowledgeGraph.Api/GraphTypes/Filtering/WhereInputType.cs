using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Filtering;

/// <summary>
/// <c>InstitutionWhere</c>, <c>NodeWhere</c>, ...: per-field operators, AND/OR/NOT, and per relationship field
/// <c>{ some: …, none: … }</c> on the nodes at the other end. Translated to a Core <c>NodeFilter</c> that the store runs.
/// </summary>
internal sealed class WhereInputType : InputObjectGraphType
{
    public WhereInputType(NodeKind? kind)
    {
        Name = WhereFields.WhereTypeName(kind);
        Description = kind is null
            ? "Filter on the fields every node has."
            : $"Filter on {kind} fields and relationships; fields are ANDed.";
        foreach (var (name, target) in WhereFields.For(kind))
        {
            var type = target.Link is { } link
                ? Ref(LinkFilterInputType.TypeName(target.EndKind))
                : Ref(target.OperatorsType);
            AddField(new FieldType { Name = name, ResolvedType = type, Description = target.Link?.Description });
        }

        AddField(new FieldType { Name = WhereFields.And, ResolvedType = new ListGraphType(NonNull(Name)), Description = "All of these." });
        AddField(new FieldType { Name = WhereFields.Or, ResolvedType = new ListGraphType(NonNull(Name)), Description = "Any of these." });
        AddField(new FieldType { Name = WhereFields.Not, ResolvedType = Ref(Name), Description = "Not this." });
    }
}
