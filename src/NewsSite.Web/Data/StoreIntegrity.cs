using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace NewsSite.Web.Data;

/// <summary>
/// Damage known in the store's data, which <see cref="StoreHealthCheck"/> reports: found by the
/// integrity check at start-up (<see cref="StoreChecks.CheckNewsStoreAsync"/>), or reported by the store when a
/// statement read a damaged page while the site ran (<see cref="StoreDamageInterceptor"/>). Damage
/// does not mend itself, so once known it is reported until the site restarts on a repaired store.
/// </summary>
public sealed class StoreIntegrity
{
    private volatile string? _damage;

    /// <summary>What is damaged, e.g. "SQLite's integrity check (PRAGMA quick_check) found: …", or null when nothing is known to be.</summary>
    public string? Damage => _damage;

    /// <summary>Records damage; the first report is kept.</summary>
    public void Report(string damage) => Interlocked.CompareExchange(ref _damage, damage, null);

    /// <summary>
    /// Whether an exception is the store saying its data is damaged: SQLite's SQLITE_CORRUPT or
    /// SQLITE_NOTADB, PostgreSQL's data_corrupted or index_corrupted (class XX, a checksum or page
    /// header that does not verify).
    /// </summary>
    public static bool IsDamage(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is raw.SQLITE_CORRUPT or raw.SQLITE_NOTADB,
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.DataCorrupted or PostgresErrorCodes.IndexCorrupted,
        _ => exception.InnerException is { } inner && IsDamage(inner),
    };
}

/// <summary>A store the site must not start on: starting would replace or misread what it holds.</summary>
public sealed class StoreUnusableException(string message) : Exception(message);
