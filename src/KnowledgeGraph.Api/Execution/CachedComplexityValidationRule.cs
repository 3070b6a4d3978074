using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Execution;

/// <summary>
/// GraphQL.NET's complexity analysis, computed once per operation of a cached document when the operation declares no
/// variables (its score then depends on the document alone). Operations with variables (<c>first: $n</c>) are scored on
/// every request. The limits themselves are checked every time, so a changed limit still applies.
/// </summary>
internal sealed class CachedComplexityValidationRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    // Keyed by the operation node of a cached (immutable) document; entries go when the document leaves the cache.
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, StrongBox<(double Complexity, int Depth)>> _scores = [];

    protected override async ValueTask<(double TotalComplexity, int MaximumDepth)> CalculateComplexityAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Variables is { Count: > 0 })
        {
            return await base.CalculateComplexityAsync(context).ConfigureAwait(false);
        }

        if (_scores.TryGetValue(operation, out var known))
        {
            return known.Value;
        }

        var score = await base.CalculateComplexityAsync(context).ConfigureAwait(false);
        _scores.AddOrUpdate(operation, new StrongBox<(double, int)>(score));
        return score;
    }
}
