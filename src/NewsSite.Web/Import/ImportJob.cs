namespace NewsSite.Web.Import;

/// <summary>
/// An import that <see cref="BackgroundImports"/> runs, as the admin page shows it: how many files
/// are written out of how many, then its report (or why it failed). The importer reports progress
/// to it (<see cref="IProgress{T}"/>): its first report, 0 of N files, means the import holds the
/// import lock and has counted its files.
/// </summary>
public sealed class ImportJob(ImportRequest request) : IProgress<(int Done, int Total)>
{
    private readonly TaskCompletionSource<bool> _accepted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _sync = new();
    private (int Done, int Total) _progress;
    private ImportReport? _report;
    private string? _error;

    public ImportRequest Request { get; } = request;

    /// <summary>Completes with true once the import has started (or failed on its own), false when another import held the lock.</summary>
    public Task<bool> Accepted => _accepted.Task;

    /// <summary>Files written so far, and files in the folder.</summary>
    public (int Done, int Total) Progress
    {
        get
        {
            lock (_sync)
            {
                return _progress;
            }
        }
    }

    /// <summary>The import's report once it has committed; null while it runs or if it failed.</summary>
    public ImportReport? Report => Volatile.Read(ref _report);

    /// <summary>Why the import failed (nothing it wrote was kept); null unless it did.</summary>
    public string? Error => Volatile.Read(ref _error);

    public bool Finished => Report is not null || Error is not null;

    void IProgress<(int Done, int Total)>.Report((int Done, int Total) value)
    {
        lock (_sync)
        {
            _progress = value;
        }

        _accepted.TrySetResult(true);
    }

    /// <summary>The import ended: with its report, or with null when another import held the lock and nothing ran.</summary>
    internal void Complete(ImportReport? report)
    {
        Volatile.Write(ref _report, report);
        _accepted.TrySetResult(report is not null);
    }

    internal void Fail(string reason)
    {
        Volatile.Write(ref _error, reason);
        _accepted.TrySetResult(true);
    }
}
