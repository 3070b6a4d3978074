using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Execution;

/// <summary>
/// Parsed-and-validated documents keyed by query text, least recently used first out. A hit skips parsing and the
/// document-only validation rules; the rules that depend on variables or the request (complexity with <c>first: $n</c>,
/// no mutations over GET) still run because they are registered for cached documents too.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLLimitsOptions> options) : IConfigureExecution
{
    private readonly int _capacity = Math.Max(1, options.Value.DocumentCacheSize);
    private readonly Dictionary<string, LinkedListNode<(string Query, GraphQLDocument Document)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Query, GraphQLDocument Document)> _order = new();
    private readonly object _gate = new();
    private long _hits;
    private long _misses;

    public float SortOrder => 200;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null)
        {
            return await next(options).ConfigureAwait(false);
        }

        var cached = TryGet(options.Query);
        if (cached is not null)
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
        }
        else
        {
            Interlocked.Increment(ref _misses);
        }

        var result = await next(options).ConfigureAwait(false);
        if (cached is null && result.Executed && result.Document is not null)
        {
            Add(options.Query, result.Document);
        }

        return result;
    }

    private GraphQLDocument? TryGet(string query)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(query, out var node))
            {
                return null;
            }

            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Document;
        }
    }

    private void Add(string query, GraphQLDocument document)
    {
        lock (_gate)
        {
            if (_entries.ContainsKey(query))
            {
                return;
            }

            _entries[query] = _order.AddFirst((query, document));
            while (_entries.Count > _capacity && _order.Last is { } oldest)
            {
                _order.RemoveLast();
                _entries.Remove(oldest.Value.Query);
            }
        }
    }
}
