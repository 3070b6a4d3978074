using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphTypes.Common;

internal sealed class SortDirectionEnum : EnumerationGraphType
{
    public SortDirectionEnum()
    {
        Name = "SortDirection";
        Add("ASC", false, "Ascending.");
        Add("DESC", true, "Descending.");
    }
}
