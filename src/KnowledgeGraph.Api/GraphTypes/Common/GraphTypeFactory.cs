using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphTypes.Common;

/// <summary>Small helpers to build fields over named type references, so that types can refer to each other in any order.</summary>
internal static class GraphTypeFactory
{
    public static IGraphType Ref(string name) => new GraphQLTypeReference(name);

    public static IGraphType NonNull(IGraphType type) => new NonNullGraphType(type);

    public static IGraphType NonNull(string name) => new NonNullGraphType(Ref(name));

    /// <summary><c>[T!]!</c>.</summary>
    public static IGraphType ListOf(string name) => new NonNullGraphType(new ListGraphType(new NonNullGraphType(Ref(name))));

    public static FieldType MakeField(string name, IGraphType type, string? description, Func<IResolveFieldContext, object?> resolve, params QueryArgument[] arguments) =>
        new()
        {
            Name = name,
            ResolvedType = type,
            Description = description,
            Resolver = new FuncFieldResolver<object?>(resolve),
            Arguments = arguments.Length == 0 ? null : new QueryArguments(arguments),
        };

    public static FieldType MakeField(string name, IGraphType type, string? description, Func<IResolveFieldContext, Task<object?>> resolve, params QueryArgument[] arguments) =>
        new()
        {
            Name = name,
            ResolvedType = type,
            Description = description,
            Resolver = new FuncFieldResolver<object?>(c => new ValueTask<object?>(resolve(c))),
            Arguments = arguments.Length == 0 ? null : new QueryArguments(arguments),
        };

    public static QueryArgument Argument(string name, IGraphType type, string? description = null, object? defaultValue = null) =>
        new(type) { Name = name, Description = description, DefaultValue = defaultValue };

    public static GraphDataLoader Loader(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<GraphDataLoader>();

    /// <summary>"memberOf" → "MemberOf".</summary>
    public static string Pascal(string name) => string.IsNullOrEmpty(name) ? name : char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>"Institution" → "institution".</summary>
    public static string Camel(string name) => string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
