using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Filtering;

/// <summary><c>order: [{ name: ASC }, { validFrom: DESC }]</c>: one field per entry; ties are broken by id.</summary>
internal sealed class OrderInputType : InputObjectGraphType
{
    public OrderInputType(NodeKind kind)
    {
        Name = WhereFields.OrderTypeName(kind);
        Description = $"One sort key of {kind}: set exactly one field per list entry.";
        foreach (var (name, target) in WhereFields.For(kind).Where(f => f.Value.StoreField is not null))
        {
            AddField(new FieldType { Name = name, ResolvedType = Ref("SortDirection") });
        }
    }
}
