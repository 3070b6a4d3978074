using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Loading;

/// <summary>
/// Collects keys asked for during one execution step and fetches them in one call when the first result is awaited.
/// GraphQL.NET awaits every pending <see cref="IDataLoaderResult"/> of a step only after it has resolved all the fields of
/// that step, so a page of N items costs one fetch per step whatever N is. Results are cached for the request.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private readonly Dictionary<TKey, (Task<TValue> Task, Batch? Batch)> _cache;
    private readonly object _gate = new();
    private Batch? _pending;

    public BatchLoader(
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        TValue missing,
        IEqualityComparer<TKey>? comparer = null)
    {
        _fetch = fetch;
        _missing = missing;
        _cache = new Dictionary<TKey, (Task<TValue>, Batch?)>(comparer);
    }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out var entry))
            {
                // A key seen before shares its batch, so awaiting it first still dispatches that batch.
                _pending ??= new Batch(this);
                entry = (_pending.Add(key), _pending);
                _cache[key] = entry;
            }

            var (task, batch) = entry;
            return batch is null ? new LoaderResult<TValue>(_ => task) : new LoaderResult<TValue>(ct => batch.DispatchAsync(task, ct));
        }
    }

    /// <summary>Remembers a value already known (e.g. a node of a page), so that later loads of it cost nothing.</summary>
    public void Prime(TKey key, TValue value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, (Task.FromResult(value), null));
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _waiting = new(owner._cache.Comparer);
        private Task? _run;

        public Task<TValue> Add(TKey key)
        {
            var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[key] = source;
            return source.Task;
        }

        public async Task<TValue> DispatchAsync(Task<TValue> result, CancellationToken cancellationToken)
        {
            Task run;
            lock (owner._gate)
            {
                if (_run is null)
                {
                    // Close the batch: keys asked for from now on go to the next one.
                    if (ReferenceEquals(owner._pending, this))
                    {
                        owner._pending = null;
                    }

                    _run = RunAsync(cancellationToken);
                }

                run = _run;
            }

            await run.ConfigureAwait(false);
            return await result.ConfigureAwait(false);
        }

        private async Task RunAsync(CancellationToken cancellationToken)
        {
            try
            {
                var found = await owner._fetch(_waiting.Keys.ToList(), cancellationToken).ConfigureAwait(false);
                foreach (var (key, source) in _waiting)
                {
                    source.TrySetResult(found.TryGetValue(key, out var value) ? value : owner._missing);
                }
            }
            catch (Exception ex)
            {
                lock (owner._gate)
                {
                    // A failed fetch must not poison the cache for later steps of the same request.
                    foreach (var key in _waiting.Keys)
                    {
                        owner._cache.Remove(key);
                    }
                }

                foreach (var source in _waiting.Values)
                {
                    source.TrySetException(ex);
                }
            }
        }
    }
}
