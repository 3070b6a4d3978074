using GraphQL.Types;
using KnowledgeGraph.Application.Analysis;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Analysis;

/// <summary>The coordination network as of a date: institutions and mechanisms and their costed links.</summary>
internal sealed class CoordinationNetworkType : ObjectGraphType<CoordinationNetworkResult>
{
    public CoordinationNetworkType()
    {
        Name = "CoordinationNetwork";
        Description = "The coordination network as of a date: institutions and mechanisms and their costed links.";
        AddField(MakeField("asOf", Ref("Date"), null, c => S(c.Source).AsOf));
        AddField(MakeField("nodes", ListOf("NetworkNode"), null, c => S(c.Source).Nodes));
        AddField(MakeField("links", ListOf("NetworkLink"), null, c => S(c.Source).Links));
        AddField(MakeField("subgraph", NonNull("Subgraph"), "The network as nodes and the relationships behind its links, for drawing.", c => AnalysisSubgraphs.BuildAsync(c, S(c.Source).Nodes.Select(n => n.Id), S(c.Source).Links.SelectMany(l => l.RelationshipIds))));
    }

    private static CoordinationNetworkResult S(object? source) => (CoordinationNetworkResult)source!;
}
