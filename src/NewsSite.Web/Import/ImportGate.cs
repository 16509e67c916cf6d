using Microsoft.Data.Sqlite;
using NewsSite.Web.Data;
using Npgsql;

namespace NewsSite.Web.Import;

/// <summary>
/// Lets one import run at a time, across requests and across processes: on SQLite, a lock file
/// beside the database held open exclusively (the site and the command line on one machine); on
/// PostgreSQL, a session advisory lock, which every web node and command line shares.
/// </summary>
public sealed class ImportGate(NewsStore store)
{
    // pg_try_advisory_lock's key: any bigint, the same on every node ("NewsSite" in ASCII).
    internal const long AdvisoryLockKey = 0x4E657773_53697465;

    private readonly SemaphoreSlim _inProcess = new(1, 1);

    /// <summary>Takes the gate, or returns null at once when an import is already running.</summary>
    public async Task<IAsyncDisposable?> TryEnterAsync(CancellationToken cancellationToken = default)
    {
        if (!_inProcess.Wait(0))
        {
            return null;
        }

        try
        {
            IAsyncDisposable? held = store.Provider == DatabaseProvider.Postgres
                ? await TryAdvisoryLockAsync(cancellationToken)
                : TryLockFile();
            if (held is not null)
            {
                return new Release(_inProcess, held);
            }
        }
        catch
        {
            _inProcess.Release();
            throw;
        }

        _inProcess.Release();
        return null;
    }

    private IAsyncDisposable? TryLockFile()
    {
        var dataSource = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return NothingHeld.Instance;
        }

        try
        {
            // The file stays after use: deleting it could let two processes lock different files of one name.
            return new FileStream(dataSource + ".import-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private async Task<IAsyncDisposable?> TryAdvisoryLockAsync(CancellationToken cancellationToken)
    {
        // A connection of its own, held for the whole import: the lock lives as long as its session,
        // so a node that dies mid-import releases it when PostgreSQL drops the connection.
        var connection = new NpgsqlConnection(store.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection) { Parameters = { new("key", AdvisoryLockKey) } };
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new AdvisoryLock(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    private sealed class AdvisoryLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection) { Parameters = { new("key", AdvisoryLockKey) } };
                await command.ExecuteScalarAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class NothingHeld : IAsyncDisposable
    {
        public static readonly NothingHeld Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class Release(SemaphoreSlim semaphore, IAsyncDisposable held) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                try
                {
                    await held.DisposeAsync();
                }
                finally
                {
                    semaphore.Release();
                }
            }
        }
    }
}
