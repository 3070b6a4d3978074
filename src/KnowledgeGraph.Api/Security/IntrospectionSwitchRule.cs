using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary>Refuses <c>__schema</c> and <c>__type</c> when <see cref="GraphQLExposureOptions.EnableIntrospection"/> is off (GraphQL.NET's own rule).</summary>
internal sealed class IntrospectionSwitchRule(IOptions<GraphQLExposureOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        options.Value.EnableIntrospection ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);
}
