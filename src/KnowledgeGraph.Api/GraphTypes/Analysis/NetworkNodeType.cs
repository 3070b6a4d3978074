using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Application.Analysis;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>A node of the coordination network and its number of links.</summary>
internal sealed class NetworkNodeType : ObjectGraphType<NetworkNode>
{
    public NetworkNodeType()
    {
        Name = "NetworkNode";
        Description = "A node of the coordination network and its number of links.";
        AddField(MakeField("id", NonNull("ID"), null, c => S(c.Source).Id));
        AddField(MakeField("name", NonNull("String"), null, c => S(c.Source).Name));
        AddField(MakeField("kind", NonNull("NodeKind"), null, c => S(c.Source).Kind));
        AddField(MakeField("degree", NonNull("Int"), "Number of links.", c => S(c.Source).Degree));
        AddField(MakeField("node", NonNull("Node"), "The node itself.", c => c.Loader().LoadNode(S(c.Source).Id)));
    }

    private static NetworkNode S(object? source) => (NetworkNode)source!;
}
