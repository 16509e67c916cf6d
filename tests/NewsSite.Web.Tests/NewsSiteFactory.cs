using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
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
    }

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

    /// <summary>Registers services after the site's own, replacing them, e.g. a recording output-cache store.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    /// <summary>While set, every SQL command the site runs is recorded here, with its parameters.</summary>
    public List<RecordedCommand>? QueryLog { get; set; }

    /// <summary>Makes the next save fail after its rows are written, as a crash half-way through an import would.</summary>
    public bool FailNextSave { get; set; }

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

    /// <summary>Starts the site on a port of its own on 127.0.0.1, as a real node, and returns its base address.</summary>
    public Uri StartOnPort()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        return new Uri(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
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
        builder.UseSetting("Database:Provider", Store.Provider);
        builder.UseSetting("ConnectionStrings:News", Store.ConnectionString);
        builder.UseSetting("Import:SeedsPath", SeedsFolder);
        builder.UseSetting("Import:UploadsPath", Path.Combine(_folder, "uploads"));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqliteNewsDbContext>(options => options.AddInterceptors(new CrashingSaveInterceptor(this), new RecordingInterceptor(this)));
            services.ConfigureDbContext<PostgresNewsDbContext>(options => options.AddInterceptors(new CrashingSaveInterceptor(this), new RecordingInterceptor(this)));
            ExtraServices?.Invoke(services);
        });
    }

    private sealed class RecordingInterceptor(NewsSiteFactory site) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (site)
            {
                site.QueryLog?.Add(new RecordedCommand(command.CommandText, [.. command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value))]));
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class CrashingSaveInterceptor(NewsSiteFactory site) : SaveChangesInterceptor
    {
        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (site.FailNextSave)
            {
                site.FailNextSave = false;
                throw new InvalidOperationException("Simulated crash after the rows were written.");
            }

            return ValueTask.FromResult(result);
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
public sealed record RecordedCommand(string Sql, (string Name, object? Value)[] Parameters);
