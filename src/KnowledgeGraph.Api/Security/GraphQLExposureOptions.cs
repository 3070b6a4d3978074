namespace KnowledgeGraph.Api.Security;

/// <summary>
/// What the GraphQL endpoint shows about itself, bound from the <c>GraphQL</c> section. Both default to on (local use);
/// turn them off on an exposed server. The explorer page reads the schema by introspection, so it needs it on.
/// </summary>
public sealed class GraphQLExposureOptions
{
    public const string SectionName = "GraphQL";

    /// <summary><c>__schema</c>/<c>__type</c> queries and <c>GET /graphql/schema.graphql</c>.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>The GraphiQL page at <c>GET /graphql</c> (browsers) and its files under <c>/graphiql/</c>.</summary>
    public bool EnableIde { get; set; } = true;
}
