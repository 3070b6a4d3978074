using GraphQL.Types;
using KnowledgeGraph.Api.Execution;
using KnowledgeGraph.Api.GraphTypes.Analysis;
using KnowledgeGraph.Api.GraphTypes.Common;
using KnowledgeGraph.Api.GraphTypes.Filtering;
using KnowledgeGraph.Api.GraphTypes.Links;
using KnowledgeGraph.Api.GraphTypes.Mutations;
using KnowledgeGraph.Api.GraphTypes.Nodes;
using KnowledgeGraph.Api.GraphTypes.Paging;
using KnowledgeGraph.Core.Model;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphTypes;

/// <summary>
/// The GraphQL schema, built once (singleton) from Core's <c>DomainSchema</c>: a type per node kind, a link type per
/// relationship field, filter/order inputs and a connection per kind. Types refer to each other by name.
/// </summary>
internal sealed class KnowledgeGraphSchema : Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, IOptions<GraphQLLimitsOptions> limits)
        : base(services)
    {
        // Names are written as they should appear (AND/OR/NOT included): no automatic camel-casing.
        NameConverter = GraphQL.Conversion.DefaultNameConverter.Instance;
        Description = "KnowledgeGraph: institutions, agreements, mechanisms, competencies, objectives and barriers of Mexico–US security cooperation.";
        foreach (var type in NamedTypes())
        {
            RegisterType(type);
        }

        Query = new KnowledgeGraphQuery(limits.Value);
        Mutation = new KnowledgeGraphMutation();
    }

    private static IEnumerable<IGraphType> NamedTypes()
    {
        yield return new DateScalar();
        yield return new ConfidenceEnum();
        yield return new NodeKindEnum();
        yield return new RelationshipTypeEnum();
        yield return new DirectionEnum();
        yield return new SortDirectionEnum();
        yield return new PropertyValueType();
        yield return new ProvenanceType();
        yield return new PageInfoType();
        yield return new GraphEdgeType();
        yield return new SubgraphType();

        var nodeInterface = new NodeInterface();
        yield return nodeInterface;
        foreach (var kind in NodeKinds.All.Order())
        {
            yield return new NodeKindType(kind, nodeInterface);
            yield return new ConnectionType(kind);
            yield return new EdgeType(kind);
            yield return new WhereInputType(kind);
            yield return new OrderInputType(kind);
            yield return new LinkFilterInputType(kind);
        }

        yield return new WhereInputType(null);
        yield return new LinkFilterInputType(null);
        foreach (var operators in OperatorsInputType.All())
        {
            yield return operators;
        }

        foreach (var link in LinkFields.All)
        {
            yield return new LinkType(link);
        }

        yield return PropertiesInputType.ForNodes();
        yield return PropertiesInputType.ForRelationships();
        yield return new NodeInputType();
        yield return new RelationshipInputType();
        yield return new NodePayloadType();
        yield return new RelationshipPayloadType();
        yield return new DeletePayloadType();

        yield return new CostReasonType();
        yield return new NetworkLinkType();
        yield return new NetworkNodeType();
        yield return new CoordinationNetworkType();
        yield return new BottleneckType();
        yield return new RankChangeType();
        yield return new BuildingAgreementType();
        yield return new CompetencyGapType();
        yield return new InteroperabilityPathType();
        yield return new RoadmapItemType();
        yield return new RoadmapUnblockerType();
        yield return new RoadmapType();
        yield return new WhatIfResultType();
        yield return new BottleneckComparisonType();
        yield return new PathComparisonType();
        yield return new WhatIfAddInputType();
    }
}
