using Microsoft.Data.Sqlite;

namespace NewsSite.Web.Data;

/// <summary>What the site checks of its store before it uses it.</summary>
public static class StoreChecks
{
    /// <summary>
    /// Refuses a store file that holds no store, then checks a SQLite store's pages with
    /// <c>PRAGMA quick_check</c> of each of its tables: every page of every table and index, the
    /// full-text index's among them, read once (about 0.7 s at 10,000 articles, 290 MB). Not the
    /// whole database's quick_check: since SQLite 3.44 that also re-reads every article's text to
    /// check the full-text index against it (three to four times as long), which no damaged page needs.
    /// Returns false, after recording the damage and logging it, when the store is damaged: then
    /// nothing may write to it (no migration, no import), so what a backup or a repair tool can
    /// recover stays as it is. PostgreSQL checks its own pages as it reads them (data checksums).
    /// </summary>
    /// <exception cref="StoreUnusableException">The file is empty or not a SQLite database.</exception>
    public static async Task<bool> CheckNewsStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var store = services.GetRequiredService<NewsStore>();
        RefuseUnusableFile(store);
        if (store.Provider != DatabaseProvider.Sqlite || !File.Exists(new SqliteConnectionStringBuilder(store.ConnectionString).DataSource))
        {
            return true; // PostgreSQL checks its own pages; a store not yet created has nothing to check
        }

        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var problems = new List<string>();
        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'";
                await using var reader = await list.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                await using var check = connection.CreateCommand();
                check.CommandText = $"PRAGMA quick_check(\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\")";
                await using var reader = await check.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (reader.GetString(0) is not "ok" and var problem)
                    {
                        problems.Add(problem);
                    }
                }
            }
        }
        catch (SqliteException ex) when (StoreIntegrity.IsDamage(ex))
        {
            problems.Add(ex.Message);
        }

        if (problems.Count == 0)
        {
            return true;
        }

        var damage = $"SQLite's integrity check (PRAGMA quick_check) found: {string.Join("; ", problems.Take(3))}"
            + (problems.Count > 3 ? $" (and {problems.Count - 3} more)" : "");
        services.GetRequiredService<StoreIntegrity>().Report(damage);
        services.GetRequiredService<ILogger<StoreIntegrity>>().LogError(
            "The store {DataSource} is damaged, so it is neither migrated nor imported into; restore it from a backup. {Damage}",
            new SqliteConnectionStringBuilder(store.ConnectionString).DataSource, damage);
        return false;
    }

    /// <summary>
    /// Refuses a SQLite store file that exists but holds no database. An empty file (a copy or a
    /// restore that failed, a full disk) would otherwise be taken for a new store, migrated and filled
    /// from the seeds folder, hiding that the admins, revisions and import history are gone; any other
    /// file that is not SQLite's would fail at its first statement.
    /// </summary>
    /// <exception cref="StoreUnusableException">The file is empty or does not begin with SQLite's header.</exception>
    public static void RefuseUnusableFile(NewsStore store)
    {
        if (store.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var path = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        if (path == ":memory:" || !File.Exists(path))
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read == 0)
        {
            throw new StoreUnusableException(
                $"The store file {path} is empty (0 bytes): it holds no store, and it is not used, lest it be taken for a new, empty one. Restore it from a backup, or delete it to start a new store.");
        }

        if (!header.AsSpan(0, read).SequenceEqual(SqliteHeader))
        {
            throw new StoreUnusableException(
                $"The store file {path} is not a SQLite database (it does not begin with SQLite's header), so it is not used. Restore it from a backup, or set ConnectionStrings:News to the store.");
        }
    }

    // Every SQLite database file begins with these 16 bytes (https://sqlite.org/fileformat.html, 1.3.1).
    private static ReadOnlySpan<byte> SqliteHeader => "SQLite format 3\0"u8;
}
