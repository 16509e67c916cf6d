using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

/// <summary>
/// The real site on a fresh store and a seeds folder of its own: the real migrations run and the
/// real importer imports the repository's seeds at start-up. The store is a temporary SQLite
/// file, or, when <c>NEWSSITE_TEST_POSTGRES</c> names a PostgreSQL server, a new database on it
/// (dropped afterwards), so the same tests prove both providers.
/// </summary>
public sealed class NewsSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly string? _postgresDatabase;
    private readonly bool _ownsStore;
    private Uri? _address;

    public NewsSiteFactory()
    {
        _folder = TestPaths.NewTempFolder();
        _postgresDatabase = TestStore.PostgresServer is null ? null : "newssite_test_" + Guid.NewGuid().ToString("N")[..16];
        _ownsStore = true;
        Directory.CreateDirectory(SeedsFolder);
        foreach (var seed in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            File.Copy(seed, Path.Combine(SeedsFolder, Path.GetFileName(seed)));
        }
    }

    /// <summary>Another node of <paramref name="site"/>'s site: the same store and seeds folder, its own process state.</summary>
    public static NewsSiteFactory NodeOf(NewsSiteFactory site) => new(site);

    private NewsSiteFactory(NewsSiteFactory site)
    {
        _folder = site._folder;
        _postgresDatabase = site._postgresDatabase;
        _ownsStore = false;
        Clock = site.Clock;
    }

    /// <summary>The hosting environment; "Production" shows readers the site's own error pages.</summary>
    public string Environment { get; init; } = "Development";

    /// <summary>While set, every query the site sends through EF Core fails, as a broken store would.</summary>
    public bool BreakQueries { get; set; }

    /// <summary>Service replacements to make before the site starts, after the site's own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Configuration to add before the site starts, e.g. <c>["Admin:SignInAttemptsPerMinute"] = "3"</c>.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    public string SeedsFolder => Path.Combine(_folder, "seeds");

    public string DatabasePath => Path.Combine(_folder, "news.db");

    /// <summary>Whether this site's store is on PostgreSQL.</summary>
    public bool IsPostgres => _postgresDatabase is not null;

    /// <summary>The store's provider and connection string, as the site is configured with them.</summary>
    public (string Provider, string ConnectionString) Store => _postgresDatabase is null
        ? ("Sqlite", $"Data Source={DatabasePath}")
        : ("Postgres", $"{TestStore.PostgresServer};Database={_postgresDatabase}");

    /// <summary>
    /// The site's clock (<see cref="TimeProvider"/>) instead of the system's, e.g. a
    /// <c>FakeTimeProvider</c> a test moves on: <c>new NewsSiteFactory { Clock = clock }</c>.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>While set, every SQL command the site runs is recorded here, with its parameters.</summary>
    public List<RecordedCommand>? QueryLog { get; set; }

    /// <summary>
    /// While set, every search statement first makes the store work for a minute (a recursive count
    /// on SQLite, pg_sleep on PostgreSQL), as a search that asks too much of a large store would.
    /// </summary>
    public bool SlowSearches { get; set; }

    /// <summary>
    /// Makes the next transaction fail as it commits, after every row it wrote, as a crash at
    /// the end of an import would. The rows the transaction could see then are kept in
    /// <see cref="RowsSeenBeforeCrash"/>.
    /// </summary>
    public bool FailNextCommit { get; set; }

    /// <summary>
    /// While set, an import waits as it keeps the earlier version of the first changed article (its
    /// revision row) until this completes: a test holds an import half-way, and lets it go on.
    /// </summary>
    public TaskCompletionSource? HoldImport { get; set; }

    /// <summary>Articles and search-index rows the failed transaction had written, read inside it.</summary>
    public (long Articles, long SearchRows)? RowsSeenBeforeCrash { get; private set; }

    /// <summary>Writes a seed file into this site's seeds folder.</summary>
    public string WriteSeed(string name, string text)
    {
        var path = Path.Combine(SeedsFolder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Imports this site's seeds folder as an admin on the web would.</summary>
    public async Task<ImportReport> ImportAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SeedImporter>().TryImportAsync(new ImportRequest(SeedsFolder, "test"));
        return report ?? throw new InvalidOperationException("An import was already running.");
    }

    /// <summary>Creates an admin account, as <c>admin add</c> does.</summary>
    public async Task CreateAdminAsync(string name, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<NewsSite.Web.Admin.AdminAccounts>().AddAsync(name, password));
    }

    /// <summary>Starts the site on a port of its own on 127.0.0.1, as a real node (once), and returns its base address.</summary>
    public Uri StartOnPort()
    {
        if (_address is not null)
        {
            return _address;
        }

        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return _address = new Uri(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>Runs a query on the store.</summary>
    public async Task<T> QueryAsync<T>(Func<NewsDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NewsDbContext>());
    }

    /// <summary>GETs a page and parses it, asserting the status code.</summary>
    public async Task<IDocument> GetDocumentAsync(string url, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        using var response = await CreateClient().GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html).Address("http://localhost" + url));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", Store.Provider);
        builder.UseSetting("ConnectionStrings:News", Store.ConnectionString);
        builder.UseSetting("Import:SeedsPath", SeedsFolder);
        builder.UseSetting("Import:UploadsPath", Path.Combine(_folder, "uploads"));
        builder.UseSetting("Search:SearchesPerMinute", "100000"); // tests search far more often than readers; SearchLimitsTests sets its own
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteNewsDbContext>(options => options.AddInterceptors(new CrashingCommitInterceptor(this), new RecordingInterceptor(this), new HoldingInterceptor(this)));
            services.ConfigureDbContext<PostgresNewsDbContext>(options => options.AddInterceptors(new CrashingCommitInterceptor(this), new RecordingInterceptor(this), new HoldingInterceptor(this)));
            TestServices?.Invoke(services);
        });
        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(Clock));
        }
    }

    private sealed class RecordingInterceptor(NewsSiteFactory site) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (site.BreakQueries)
            {
                throw new InvalidOperationException("Simulated store failure: secret-internal-detail");
            }

            Record(command);
            if (site.SlowSearches && command.CommandText.Contains("ArticleSearch", StringComparison.Ordinal) && command.CommandText.Contains("MATCH", StringComparison.Ordinal))
            {
                command.CommandText = $"SELECT q.* FROM ({command.CommandText}) AS q WHERE (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) SELECT COUNT(*) FROM n) > 0";
            }
            else if (site.SlowSearches && command.CommandText.Contains("to_tsquery", StringComparison.Ordinal))
            {
                command.CommandText = $"SELECT q.* FROM ({command.CommandText}) AS q, pg_sleep(60)";
            }

            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        private void Record(System.Data.Common.DbCommand command)
        {
            lock (site)
            {
                site.QueryLog?.Add(new RecordedCommand(
                    command.CommandText,
                    [.. command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value))],
                    command is Npgsql.NpgsqlCommand npgsql ? npgsql.Parameters.ToDictionary(p => p.ParameterName, p => p.NpgsqlDbType) : null));
            }
        }
    }

    private sealed class HoldingInterceptor(NewsSiteFactory site) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await HoldAsync(command, cancellationToken);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await HoldAsync(command, cancellationToken);
            return result;
        }

        private async Task HoldAsync(System.Data.Common.DbCommand command, CancellationToken cancellationToken)
        {
            if (site.HoldImport is { } hold && command.CommandText.Contains("INSERT INTO \"Revisions\"", StringComparison.Ordinal))
            {
                await hold.Task.WaitAsync(cancellationToken);
            }
        }
    }

    private sealed class CrashingCommitInterceptor(NewsSiteFactory site) : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult> TransactionCommittingAsync(
            System.Data.Common.DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        {
            if (!site.FailNextCommit)
            {
                return result;
            }

            site.FailNextCommit = false;
            site.RowsSeenBeforeCrash = (await CountAsync("Articles"), await CountAsync("ArticleSearch"));
            throw new InvalidOperationException("Simulated crash as the import commits.");

            async Task<long> CountAsync(string table)
            {
                await using var command = transaction.Connection!.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsStore)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            TestStore.DropPostgresDatabase(_postgresDatabase);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>A SQL command as the site ran it.</summary>
/// <param name="Sql">The command's text.</param>
/// <param name="Parameters">Each parameter's name and value.</param>
/// <param name="PostgresTypes">On PostgreSQL, each parameter's type as Npgsql sent it (jsonb, timestamptz, …), by name.</param>
public sealed record RecordedCommand(string Sql, (string Name, object? Value)[] Parameters, IReadOnlyDictionary<string, NpgsqlTypes.NpgsqlDbType>? PostgresTypes = null);
