using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace NewsSite.Web.Tests;

/// <summary>
/// /healthz tells a load balancer the truth about the store's data: damage found when the site starts
/// or met while it runs makes it Unhealthy with the reason, and a store file that holds no store is
/// refused at start instead of being taken for a new one.
/// </summary>
public sealed class StoreHealthTests : IDisposable
{
    private const string ArticleUrl = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
    private readonly TempFolder _folder = new();
    private readonly List<NewsSiteFactory> _sites = [];

    [SqliteFact]
    public async Task Healthz_OnAStoreWithADamagedPage_IsUnhealthyWithTheReasonAndTheStoreIsLeftAsItWas()
    {
        var copy = await CopyOfAStoreWithArticlesAsync();
        DamageArticlesTable(copy);
        var damaged = Hash(copy);

        var site = SiteOn(copy);
        var client = site.CreateClient();
        using var health = await client.GetAsync("/healthz");
        using var article = await client.GetAsync(ArticleUrl);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.StartsWith("Unhealthy: The store is damaged: SQLite's integrity check (PRAGMA quick_check) found: ", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.InternalServerError, article.StatusCode); // what the check saw, readers meet
        Assert.Equal(damaged, Hash(copy)); // neither migrated nor imported into
    }

    [SqliteFact]
    public async Task Healthz_WhenAPageIsDamagedWhileTheSiteRuns_TurnsUnhealthyWithTheReason()
    {
        var copy = await CopyOfAStoreWithArticlesAsync();
        var site = SiteOn(copy);
        var client = site.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));

        DamageArticlesTable(copy);
        SqliteConnection.ClearAllPools(); // pages cached by open connections are read again
        using var article = await client.GetAsync(ArticleUrl);
        using var health = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.InternalServerError, article.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.StartsWith("Unhealthy: The store is damaged: a statement failed on damaged data: SQLite Error 11: 'database disk image is malformed'", await health.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("", "is empty (0 bytes): it holds no store", "--urls", "http://127.0.0.1:0")]
    [InlineData("news, not a database\n", "is not a SQLite database (it does not begin with SQLite's header)", "--urls", "http://127.0.0.1:0")]
    [InlineData("", "is empty (0 bytes): it holds no store", "import", "seeds")] // the verbs that open the store too
    public async Task Start_OnAStoreFileThatHoldsNoStore_IsRefusedAndTheFileKept(string content, string reason, params string[] args)
    {
        var path = Path.Combine(_folder, "news.db");
        File.WriteAllText(path, content);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "NewsSite.Web.dll"), .. args])
        {
            WorkingDirectory = TestPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__News"] = $"Data Source={path}",
                ["Import__SeedsPath"] = TestPaths.Seeds,
                ["Import__UploadsPath"] = Path.Combine(_folder, "uploads"),
            },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The site started on the file: " + await output);
        }

        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"The store file {path} {reason}", await error + await output);
        Assert.DoesNotContain("Exception", await error + await output); // a reason, not a stack trace
        Assert.Equal(content, File.ReadAllText(path));
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    // A real store, as the site leaves it after importing its seeds, copied whole (VACUUM INTO).
    private async Task<string> CopyOfAStoreWithArticlesAsync()
    {
        var site = new NewsSiteFactory();
        _sites.Add(site);
        for (var i = 1; i <= 40; i++)
        {
            site.WriteSeed($"harbour-{i}.txt", SeedText.Article($"Harbour wall repaired, part {i}", paragraphs: [.. Enumerable.Repeat("The harbour wall was repaired after the storm, and the quay reopened on Monday.", 20)]));
        }

        site.CreateClient();
        await site.ImportAsync();
        var copy = Path.Combine(_folder, $"copy-{Guid.NewGuid():n}.db");
        await using var connection = new SqliteConnection(site.Store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"VACUUM INTO '{copy}'";
        await command.ExecuteNonQueryAsync();
        return copy;
    }

    // Overwrites the first b-tree page of the Articles table, in the middle of the file, as a failing disk would.
    private static void DamageArticlesTable(string path)
    {
        long pageSize, rootPage;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)command.ExecuteScalar()!;
            command.CommandText = "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'Articles'";
            rootPage = (long)command.ExecuteScalar()!;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        Assert.True(file.Length > rootPage * pageSize, "the Articles table's first page is inside the file, not at its end");
        file.Position = (rootPage - 1) * pageSize;
        file.Write(Enumerable.Repeat((byte)0x5A, (int)pageSize).ToArray());
    }

    private NewsSiteFactory SiteOn(string database)
    {
        var site = new NewsSiteFactory { Settings = { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:News"] = $"Data Source={database}" } };
        _sites.Add(site);
        return site;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
