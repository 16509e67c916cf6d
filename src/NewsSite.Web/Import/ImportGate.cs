using Microsoft.Data.Sqlite;
using NewsSite.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Import;

/// <summary>
/// Lets one import run at a time, across requests and across processes. In this process, a
/// semaphore. On SQLite, also a lock file beside the database held open exclusively (the site and
/// the command line on one machine). On PostgreSQL, also a transaction-scoped advisory lock taken
/// inside the import's own transaction (<see cref="TryLockStoreAsync"/>), which every web node and
/// command line shares and which ends with the transaction, whatever happens to the node.
/// </summary>
public sealed class ImportGate(NewsStore store)
{
    // pg_try_advisory_xact_lock's key: any bigint, the same on every node ("NewsSite" in ASCII).
    internal const long AdvisoryLockKey = 0x4E657773_53697465;

    private readonly SemaphoreSlim _inProcess = new(1, 1);

    /// <summary>Takes this process's gate (and SQLite's lock file), or returns null at once when an import is already running.</summary>
    public IDisposable? TryEnter()
    {
        if (!_inProcess.Wait(0))
        {
            return null;
        }

        if (store.Provider == DatabaseProvider.Postgres)
        {
            return new Release(_inProcess, null);
        }

        var dataSource = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return new Release(_inProcess, null);
        }

        try
        {
            // The file stays after use: deleting it could let two processes lock different files of one name.
            var file = new FileStream(dataSource + ".import-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            return new Release(_inProcess, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _inProcess.Release();
            return null;
        }
    }

    /// <summary>
    /// Inside the import's transaction: on PostgreSQL, takes the store-wide import lock until the
    /// transaction ends, or returns false at once when another node holds it. SQLite needs nothing more.
    /// </summary>
    public async Task<bool> TryLockStoreAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return true;
        }

        return await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({AdvisoryLockKey}) AS \"Value\"").SingleAsync(cancellationToken);
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
