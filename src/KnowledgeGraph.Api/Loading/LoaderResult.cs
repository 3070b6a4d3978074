using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Loading;

/// <summary>A deferred value that GraphQL.NET awaits after the current execution step; see <see cref="BatchLoader{TKey, TValue}"/>.</summary>
internal sealed class LoaderResult<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken).ConfigureAwait(false);
}
