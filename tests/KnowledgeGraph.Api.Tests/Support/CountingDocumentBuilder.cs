using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Counts how often each query text is parsed.</summary>
public sealed class CountingDocumentBuilder(IDocumentBuilder inner) : IDocumentBuilder
{
    private readonly ConcurrentDictionary<string, int> _parsed = new(StringComparer.Ordinal);

    public int Count(string query) => _parsed.GetValueOrDefault(query);

    public GraphQLDocument Build(string body)
    {
        _parsed.AddOrUpdate(body, 1, (_, n) => n + 1);
        return inner.Build(body);
    }
}
