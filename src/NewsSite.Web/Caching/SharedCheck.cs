namespace NewsSite.Web.Caching;

/// <summary>
/// Runs a check for many callers, one run at a time, and gives every caller the result of a run
/// that began after it called: callers that arrive while a run is under way share the next one.
/// So a check that is cheap to share stays correct under load: no caller gets an answer older
/// than its question.
/// </summary>
public sealed class SharedCheck<T>(Func<Task<T>> check)
{
    private readonly Lock _sync = new();
    private TaskCompletionSource<T>? _queued;
    private Task _running = Task.CompletedTask;

    public Task<T> RunAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<T> next;
        Task previous;
        lock (_sync)
        {
            if (_queued is not null)
            {
                return _queued.Task.WaitAsync(cancellationToken);
            }

            next = _queued = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            previous = _running;
        }

        _ = RunAfterAsync(previous, next);
        return next.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAfterAsync(Task previous, TaskCompletionSource<T> run)
    {
        await previous.ContinueWith(_ => { }, TaskScheduler.Default);
        lock (_sync)
        {
            // From here on, callers queue the next run: this one may begin before they called.
            _queued = null;
            _running = run.Task;
        }

        try
        {
            run.TrySetResult(await check());
        }
        catch (Exception ex)
        {
            run.TrySetException(ex);
        }
    }
}
