using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Execution;

/// <summary>
/// Configures GraphQL.NET's complexity analyser from <see cref="GraphQLLimitsOptions"/>: list sizes come from
/// <c>first</c>/<c>last</c> (the default page size when absent on a connection), and breaches get their own codes.
/// </summary>
internal static class ComplexityLimits
{
    public static void Configure(ComplexityOptions options, GraphQLLimitsOptions limits)
    {
        // The analyser's own limits stay off so that the delegate below reports breaches with our codes.
        options.MaxDepth = null;
        options.MaxComplexity = null;
        options.DefaultListImpactMultiplier = limits.ListSizeEstimate;
        var defaultImpact = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context => Impact(context, limits, defaultImpact);
        options.ValidateComplexityDelegate = context =>
        {
            if (IsIntrospectionOnly(context.ValidationContext.Operation))
            {
                // Schema introspection (IDEs load it on start) is deep and list-heavy by nature but costs no store call.
                context.Error = null;
                return Task.CompletedTask;
            }

            if (context.MaxDepth > limits.MaxDepth)
            {
                context.Error = new ValidationError($"Query depth {context.MaxDepth} exceeds the limit of {limits.MaxDepth}.") { Code = ApiErrorCodes.MaxDepthExceeded };
            }
            else if (context.TotalImpact > limits.MaxComplexity)
            {
                context.Error = new ValidationError($"Query complexity {context.TotalImpact:0} exceeds the limit of {limits.MaxComplexity}; ask for smaller pages (first/last) or fewer nested lists.")
                {
                    Code = ApiErrorCodes.MaxComplexityExceeded,
                };
            }

            return Task.CompletedTask;
        };
    }

    private static FieldComplexityResult Impact(
        FieldImpactContext context, GraphQLLimitsOptions limits, Func<FieldImpactContext, FieldComplexityResult> defaultImpact)
    {
        var result = defaultImpact(context);

        // A connection's edges/nodes without first/last get the default page size, not the generic list estimate.
        if (context.Parent is { } parent && Unwrap(parent.FieldDefinition.ResolvedType)?.Name?.EndsWith("Connection", StringComparison.Ordinal) == true
            && parent.Arguments?.ContainsKey("first") != true && parent.Arguments?.ContainsKey("last") != true
            && context.FieldDefinition.Name is "edges" or "nodes")
        {
            return new FieldComplexityResult(result.FieldImpact, limits.DefaultPageSize);
        }

        return result;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType),
        ListGraphType l => Unwrap(l.ResolvedType),
        _ => type,
    };
}
