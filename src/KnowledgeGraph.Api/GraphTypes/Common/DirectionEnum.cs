using GraphQL.Types;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.GraphTypes.Common;

internal sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Direction of a relationship as seen from a node.";
    }
}
