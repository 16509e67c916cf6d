using Microsoft.Data.Sqlite;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>
/// Lets one import run at a time, across requests and across processes on this machine (the
/// site and the command line): a lock file beside the database, held open exclusively.
/// </summary>
public sealed class ImportGate(NewsStore store)
{
    private readonly SemaphoreSlim _inProcess = new(1, 1);

    /// <summary>Takes the gate, or returns null at once when an import is already running.</summary>
    public IDisposable? TryEnter()
    {
        if (!_inProcess.Wait(0))
        {
            return null;
        }

        var lockPath = LockPath();
        if (lockPath is null)
        {
            return new Release(_inProcess, null);
        }

        try
        {
            // The file stays after use: deleting it could let two processes lock different files of one name.
            var file = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            return new Release(_inProcess, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _inProcess.Release();
            return null;
        }
    }

    private string? LockPath()
    {
        var dataSource = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        return string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" ? null : dataSource + ".import-lock";
    }

    private sealed class Release(SemaphoreSlim semaphore, FileStream? file) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                file?.Dispose();
                semaphore.Release();
            }
        }
    }
}
