using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.Net.Http.Headers;
using NewsSite.Web.Data;
using Npgsql;

namespace NewsSite.Web.Caching;

/// <summary>
/// The version of what readers see: the newest import run in the store, so it changes with every
/// import that commits, on whichever node or command line ran it. Reader pages carry it as their
/// ETag and its time as Last-Modified, and the output cache keys pages by it.
/// </summary>
/// <remarks>
/// Every reader request asks for the version, so asking is cheap: requests that arrive while the
/// store is being asked share the next question (<see cref="SharedCheck{T}"/>: it starts after
/// they arrived, so none can miss an import that committed before it came), on one connection
/// kept open. On SQLite the question is <c>PRAGMA data_version</c>, which changes only when
/// another connection has committed; on PostgreSQL it is one primary-key lookup.
/// </remarks>
public sealed class ContentVersion : IDisposable
{
    /// <summary>The output-cache tag of every reader page.</summary>
    public const string CacheTag = "reader";

    private const string LatestRunSql = """SELECT "Id", "StartedUtc", "Duration" FROM "ImportRuns" WHERE "Id" = (SELECT MAX("Id") FROM "ImportRuns")""";

    // After a failed check, checks answer the last version seen for this long instead of waiting on the store.
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly NewsStore _store;
    private readonly IOutputCacheStore _cache;
    private readonly ILogger<ContentVersion> _logger;

    private readonly Lock _connectionSync = new();
    private readonly SharedCheck<Stamp> _check;
    private volatile Stamp _current = Stamp.For(0, DateTime.UnixEpoch, TimeSpan.Zero);
    private DbConnection? _connection;
    private DbCommand? _latestRun;
    private DbCommand? _dataVersion;
    private long _sqliteDataVersion = -1;
    private long _retryAt;
    private volatile bool _disposed;

    public ContentVersion(NewsStore store, IOutputCacheStore cache, ILogger<ContentVersion> logger)
    {
        _store = store;
        _cache = cache;
        _logger = logger;
        _check = new SharedCheck<Stamp>(CheckAsync);
    }

    /// <summary>The version this node last saw.</summary>
    public Stamp Current => _current;

    /// <summary>
    /// The store's version now. When another node or process has imported since this node last
    /// looked, this node's cached pages are dropped: the next reader gets the change at once.
    /// If the store cannot be reached (within two seconds), the last version seen is kept for a
    /// few seconds, so cached pages are still served quickly.
    /// </summary>
    public Task<Stamp> RefreshAsync(CancellationToken cancellationToken = default) => _check.RunAsync(cancellationToken);

    public void Dispose()
    {
        _disposed = true;
        lock (_connectionSync)
        {
            CloseConnection();
        }
    }

    // Never throws: whatever fails, the callers get the last version seen.
    private async Task<Stamp> CheckAsync()
    {
        try
        {
            if (!_disposed && Environment.TickCount64 >= Interlocked.Read(ref _retryAt))
            {
                await ReadAsync();
            }
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "The content version could not be read; pages stay at {ETag} for {Seconds} s", _current.ETag, RetryAfterFailure.TotalSeconds);
            Interlocked.Exchange(ref _retryAt, Environment.TickCount64 + (long)RetryAfterFailure.TotalMilliseconds);
            lock (_connectionSync)
            {
                CloseConnection(); // the next check opens a new one
            }
        }

        return _current;
    }

    private async Task ReadAsync()
    {
        // Checks run one at a time, so one connection, kept open with its statements prepared, serves them all.
        if (_connection is null)
        {
            lock (_connectionSync)
            {
                _connection = _store.Provider == DatabaseProvider.Postgres
                    ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_store.ConnectionString) { Timeout = 2, CommandTimeout = 2 }.ConnectionString)
                    : new SqliteConnection(new SqliteConnectionStringBuilder(_store.ConnectionString) { DefaultTimeout = 2 }.ConnectionString);
            }

            await _connection.OpenAsync();
            _latestRun = await PrepareAsync(_connection, LatestRunSql);
            _dataVersion = _connection is SqliteConnection ? await PrepareAsync(_connection, "PRAGMA data_version") : null;
        }

        if (_dataVersion is not null)
        {
            var dataVersion = (long)(await _dataVersion.ExecuteScalarAsync())!;
            if (dataVersion == _sqliteDataVersion)
            {
                return;
            }

            _sqliteDataVersion = dataVersion;
        }

        Stamp next;
        await using (var reader = await _latestRun!.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                return;
            }

            next = Stamp.For(reader.GetInt32(0), reader.GetDateTime(1), reader.GetFieldValue<TimeSpan>(2));
        }

        if (next.RunId != _current.RunId) // checks run one at a time: a store restored from a backup goes back too
        {
            _current = next;
            _logger.LogDebug("Reader pages now at version {ETag}", next.ETag);
            try
            {
                // Pages are keyed by the version, so this only frees memory: a failure here is not the store's.
                await _cache.EvictByTagAsync(CacheTag, default);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Pages of versions before {ETag} could not be evicted from the output cache", next.ETag);
            }
        }
    }

    private static async Task<DbCommand> PrepareAsync(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;

        // PostgreSQL: left to Npgsql's auto-prepare, which "Max Auto Prepare=0" turns off where
        // prepared statements cannot live (PgBouncer's transaction mode).
        if (connection is SqliteConnection)
        {
            await command.PrepareAsync();
        }

        return command;
    }

    private void CloseConnection()
    {
        _latestRun?.Dispose();
        _dataVersion?.Dispose();
        _connection?.Dispose();
        (_connection, _latestRun, _dataVersion, _sqliteDataVersion) = (null, null, null, -1);
    }

    /// <summary>
    /// One version: the import run's id, its entity tag (e.g. <c>W/"12-8dd1c0a7f3b5e00"</c>), and
    /// as Last-Modified the end of the run (its start plus its duration, recorded just before it commits).
    /// </summary>
    public sealed record Stamp(int RunId, EntityTagHeaderValue ETag, DateTimeOffset LastModified)
    {
        public static Stamp For(int runId, DateTime startedUtc, TimeSpan duration)
        {
            // HTTP dates have whole seconds: rounded up, so a page changed within a second is never "not modified".
            var ended = new DateTimeOffset(DateTime.SpecifyKind(startedUtc, DateTimeKind.Utc)) + duration;
            var lastModified = ended.AddTicks(-(ended.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(ended.Ticks % TimeSpan.TicksPerSecond == 0 ? 0 : 1);
            return new Stamp(runId, new EntityTagHeaderValue($"\"{runId}-{startedUtc.Ticks:x}\"", isWeak: true), lastModified);
        }
    }
}
