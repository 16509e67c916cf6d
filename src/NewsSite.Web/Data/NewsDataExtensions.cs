using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace NewsSite.Web.Data;

public static class NewsDataExtensions
{
    /// <summary>The store when <c>ConnectionStrings:News</c> is unset: a SQLite file in App_Data under the content root.</summary>
    public const string DefaultDatabaseFile = "App_Data/news.db";

    // pg_advisory_lock's key while a node migrates ("NewsMigr" in ASCII); the import lock has its own.
    private const long MigrationLockKey = 0x4E657773_4D696772;

    /// <summary>
    /// Registers <see cref="NewsDbContext"/> on the configured provider: <c>Database:Provider</c> is
    /// <c>Sqlite</c> (the default, a file created with its folder when needed) or <c>Postgres</c>.
    /// </summary>
    public static WebApplicationBuilder AddNewsData(this WebApplicationBuilder builder)
    {
        // Resolved once, when first used, so configuration added after this call (tests, hosts) is seen.
        builder.Services.AddSingleton(services => NewsStore.From(
            services.GetRequiredService<IConfiguration>(),
            services.GetRequiredService<IHostEnvironment>().ContentRootPath));
        builder.Services.AddSingleton<StoreIntegrity>();
        builder.Services.AddSingleton<StoreDamageInterceptor>();
        builder.Services.AddDbContext<SqliteNewsDbContext>((services, options) => options
            .UseSqlite(services.GetRequiredService<NewsStore>().ConnectionString)
            .AddInterceptors(services.GetRequiredService<StoreDamageInterceptor>()));
        builder.Services.AddDbContext<PostgresNewsDbContext>((services, options) => options
            .UseNpgsql(services.GetRequiredService<NewsStore>().ConnectionString)
            .AddInterceptors(services.GetRequiredService<StoreDamageInterceptor>()));
        builder.Services.AddScoped<NewsDbContext>(services => services.GetRequiredService<NewsStore>().Provider == DatabaseProvider.Postgres
            ? services.GetRequiredService<PostgresNewsDbContext>()
            : services.GetRequiredService<SqliteNewsDbContext>());
        return builder;
    }

    /// <summary>Applies the committed migrations and puts the database in WAL mode, so an import never blocks readers.</summary>
    /// <exception cref="StoreUnusableException">The SQLite store file is empty or not a SQLite database.</exception>
    public static async Task MigrateNewsStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        StoreChecks.RefuseUnusableFile(services.GetRequiredService<NewsStore>());
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        if (db.Database.IsNpgsql())
        {
            var store = scope.ServiceProvider.GetRequiredService<NewsStore>();
            await CreatePostgresDatabaseIfMissingAsync(store, cancellationToken);

            // Nodes that start together migrate one after another: EF Core's own lock covers one
            // migration at a time, so two nodes could otherwise both apply the second of two.
            await using var migrating = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false }.ConnectionString);
            await migrating.OpenAsync(cancellationToken);
            await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", migrating))
            {
                await take.ExecuteNonQueryAsync(cancellationToken);
            }

            await db.Database.MigrateAsync(cancellationToken); // the lock ends with the connection
        }
        else if (!await IsUpToDateAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Starts a deferred read transaction, so the several queries of one page see one version of
    /// the store even while an import commits (WAL mode keeps the snapshot without blocking it).
    /// </summary>
    public static async Task<IAsyncDisposable> ReadSnapshotAsync(this NewsDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = db.Database.GetDbConnection() is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await db.Database.GetDbConnection().BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken); // PostgreSQL: one snapshot for the transaction
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new ReadSnapshot(db, transaction);
    }

    private sealed class ReadSnapshot(NewsDbContext db, DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // Later queries of the same request (the layout's navigation) run outside the snapshot.
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    // EF Core's migrator would create the database too, but only after logging its first failed
    // connection as an error; on a new server that is the expected case, not an error.
    private static async Task CreatePostgresDatabaseIfMissingAsync(NewsStore store, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false };
        try
        {
            await using var probe = new NpgsqlConnection(target.ConnectionString);
            await probe.OpenAsync(cancellationToken);
            return;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // The server is there, the database is not: create it from the maintenance database.
        }

        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var name = target.Database ?? target.Username ?? throw new InvalidOperationException("ConnectionStrings:News names no database (Database=...).");
        await using var create = new NpgsqlCommand($"CREATE DATABASE {new NpgsqlCommandBuilder().QuoteIdentifier(name)}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it first (at the same moment, the catalog's unique index says so).
        }
    }

    // Reading the history table directly spares a store that is up to date the migrator's work at start-up.
    private static async Task<bool> IsUpToDateAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        var latest = db.Database.GetMigrations().LastOrDefault();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 0)
            {
                return false;
            }

            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1";
            return latest is not null && await command.ExecuteScalarAsync(cancellationToken) as string == latest;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Makes a relative data source absolute (relative to the working directory when configured,
    /// to the content root by default) and creates its folder.
    /// </summary>
    internal static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? null : configured);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, DefaultDatabaseFile);
        }

        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}

/// <summary>The database engines the store runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: one machine, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by several web nodes.</summary>
    Postgres,
}

/// <summary>Where the store is: its provider and resolved connection string.</summary>
public sealed record NewsStore(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Reads <c>Database:Provider</c> and <c>ConnectionStrings:News</c>.</summary>
    public static NewsStore From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("News");
        var providerName = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(providerName) || providerName.Equals(nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return new NewsStore(DatabaseProvider.Sqlite, NewsDataExtensions.ResolveConnectionString(configured, contentRoot));
        }

        if (!providerName.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider '{providerName}' is not known: use Sqlite or Postgres.");
        }

        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException("Database:Provider is Postgres, so ConnectionStrings:News must name the server, e.g. \"Host=db;Database=news;Username=news;Password=...\".");
        }

        // The statements the site repeats (an import's rows, the pages' queries) are parsed once per
        // connection: a fifth off a 10,000-seed import (docs/benchmarks.md). "Max Auto Prepare" in the
        // connection string overrides it (0 turns it off, as PgBouncer's transaction mode needs).
        var postgres = new NpgsqlConnectionStringBuilder(configured);
        var keys = new DbConnectionStringBuilder { ConnectionString = configured }.Keys.Cast<string>();
        if (!keys.Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals(nameof(postgres.MaxAutoPrepare), StringComparison.OrdinalIgnoreCase)))
        {
            postgres.MaxAutoPrepare = 64;
        }

        return new NewsStore(DatabaseProvider.Postgres, postgres.ConnectionString);
    }
}
