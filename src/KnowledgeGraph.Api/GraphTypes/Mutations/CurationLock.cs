namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>
/// One curation mutation at a time per API process, from its validation reads to its write: a check (a Source is
/// cited by no one, a referenced node exists) cannot be overtaken by another curator's write before it is applied.
/// The store serialises writes anyway, so this only adds the validation reads to the critical section. Writers in
/// other processes (`kg seed`/`kg import` against a live store) validate their whole set on their own.
/// </summary>
internal sealed class CurationLock : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await write().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
