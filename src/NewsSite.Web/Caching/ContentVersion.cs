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
/// store is being asked share the next question (which starts after they arrived, so none can miss
/// an import that committed before it came), on one connection kept open. On SQLite the question
/// is <c>PRAGMA data_version</c>, which changes only when another connection has committed; on
/// PostgreSQL it is one primary-key lookup.
/// </remarks>
public sealed class ContentVersion(NewsStore store, IOutputCacheStore cache, ILogger<ContentVersion> logger) : IDisposable
{
    /// <summary>The output-cache tag of every reader page.</summary>
    public const string CacheTag = "reader";

    private const string LatestRunSql = """SELECT "Id", "StartedUtc" FROM "ImportRuns" WHERE "Id" = (SELECT MAX("Id") FROM "ImportRuns")""";

    private readonly Lock _sync = new();
    private TaskCompletionSource<Stamp>? _queued;
    private Task _running = Task.CompletedTask;
    private volatile Stamp _current = Stamp.For(0, DateTime.UnixEpoch);
    private DbConnection? _connection;
    private DbCommand? _latestRun;
    private DbCommand? _dataVersion;
    private long _sqliteDataVersion = -1;

    /// <summary>The version this node last saw.</summary>
    public Stamp Current => _current;

    /// <summary>
    /// The store's version now. When another node or process has imported since this node last
    /// looked, this node's cached pages are dropped: the next reader gets the change at once.
    /// If the store cannot be reached, the last version seen is kept, so cached pages are still served.
    /// </summary>
    public Task<Stamp> RefreshAsync(CancellationToken cancellationToken = default)
    {
        TaskCompletionSource<Stamp> check;
        Task previous;
        lock (_sync)
        {
            if (_queued is not null)
            {
                return _queued.Task.WaitAsync(cancellationToken);
            }

            check = _queued = new TaskCompletionSource<Stamp>(TaskCreationOptions.RunContinuationsAsynchronously);
            previous = _running;
        }

        _ = RunAfterAsync(previous, check);
        return check.Task.WaitAsync(cancellationToken);
    }

    public void Dispose() => CloseConnection();

    private async Task RunAfterAsync(Task previous, TaskCompletionSource<Stamp> check)
    {
        await previous.ContinueWith(_ => { }, TaskScheduler.Default);
        lock (_sync)
        {
            // From here on, requests that arrive queue a new check: this one may have begun before them.
            _queued = null;
            _running = check.Task;
        }

        try
        {
            check.SetResult(await ReadAsync());
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(ex, "The content version could not be read; pages stay at {ETag}", _current.ETag);
            CloseConnection(); // the next check opens a new one
            check.SetResult(_current);
        }
    }

    private async Task<Stamp> ReadAsync()
    {
        // Checks run one at a time, so one connection, kept open with its statements prepared, serves them all.
        if (_connection is null)
        {
            DbConnection connection = store.Provider == DatabaseProvider.Postgres ? new NpgsqlConnection(store.ConnectionString) : new SqliteConnection(store.ConnectionString);
            await connection.OpenAsync();
            _latestRun = await PrepareAsync(connection, LatestRunSql);
            _dataVersion = connection is SqliteConnection ? await PrepareAsync(connection, "PRAGMA data_version") : null;
            _connection = connection;
        }

        if (_dataVersion is not null)
        {
            var dataVersion = (long)(await _dataVersion.ExecuteScalarAsync())!;
            if (dataVersion == _sqliteDataVersion)
            {
                return _current;
            }

            _sqliteDataVersion = dataVersion;
        }

        await using var reader = await _latestRun!.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return _current;
        }

        var next = Stamp.For(reader.GetInt32(0), reader.GetDateTime(1));
        if (next.RunId > _current.RunId) // checks run one at a time, so the version only moves forward
        {
            _current = next;
            await cache.EvictByTagAsync(CacheTag, default);
            logger.LogDebug("Reader pages now at version {ETag}", next.ETag);
        }

        return _current;
    }

    private static async Task<DbCommand> PrepareAsync(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.PrepareAsync();
        return command;
    }

    private void CloseConnection()
    {
        _latestRun?.Dispose();
        _dataVersion?.Dispose();
        _connection?.Dispose();
        (_connection, _latestRun, _dataVersion, _sqliteDataVersion) = (null, null, null, -1);
    }

    /// <summary>One version: the import run's id, its entity tag (e.g. <c>W/"12-8dd1c0a7f3b5e00"</c>) and its time.</summary>
    public sealed record Stamp(int RunId, EntityTagHeaderValue ETag, DateTimeOffset LastModified)
    {
        public static Stamp For(int runId, DateTime startedUtc)
        {
            // HTTP dates have whole seconds.
            var lastModified = new DateTimeOffset(DateTime.SpecifyKind(startedUtc, DateTimeKind.Utc)).AddTicks(-(startedUtc.Ticks % TimeSpan.TicksPerSecond));
            return new Stamp(runId, new EntityTagHeaderValue($"\"{runId}-{startedUtc.Ticks:x}\"", isWeak: true), lastModified);
        }
    }
}
