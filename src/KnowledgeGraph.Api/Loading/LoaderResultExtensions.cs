using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.Loading;

/// <summary>Chains deferred results without awaiting them early, so that the next step's keys are still batched.</summary>
internal static class LoaderResultExtensions
{
    /// <summary>Maps the value once it is there.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> source, Func<T, TResult> map) =>
        new LoaderResult<TResult>(async ct => map(await source.GetResultAsync(ct).ConfigureAwait(false)));

    /// <summary>
    /// Continues with another deferred result. The returned value is itself an <see cref="IDataLoaderResult"/>, which
    /// GraphQL.NET puts back in the queue, so the continuation's loads join the next batch instead of running alone.
    /// </summary>
    public static IDataLoaderResult<IDataLoaderResult<TResult>> ThenLoad<T, TResult>(this IDataLoaderResult<T> source, Func<T, IDataLoaderResult<TResult>> next) =>
        new LoaderResult<IDataLoaderResult<TResult>>(async ct => next(await source.GetResultAsync(ct).ConfigureAwait(false)));

    public static IDataLoaderResult<T> Completed<T>(T value) => new LoaderResult<T>(_ => Task.FromResult(value));
}
