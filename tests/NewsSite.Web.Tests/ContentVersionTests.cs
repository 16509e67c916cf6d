using System.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;

namespace NewsSite.Web.Tests;

/// <summary>The content version every reader request asks for: never stale after a commit, never stuck.</summary>
public sealed class ContentVersionTests : IDisposable
{
    private readonly NewsSiteFactory _site = new();

    [Fact]
    public async Task Refresh_WhileAnotherNodeImports_NeverAnswersAVersionOlderThanACommittedImport()
    {
        _site.CreateClient();
        var version = _site.Services.GetRequiredService<ContentVersion>();
        using var other = NewsSiteFactory.NodeOf(_site);
        using var stop = new CancellationTokenSource();

        // Readers keep checks in flight all the time, so each question below meets one already running.
        var hammer = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await version.RefreshAsync();
            }
        })).ToList();
        var seed = Path.Combine(_site.SeedsFolder, "000_20ca1ab23c72d2da.txt");
        for (var i = 0; i < 8; i++)
        {
            File.AppendAllText(seed, "\n");
            var committed = (await other.ImportAsync()).RunId;

            var seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => version.RefreshAsync()));

            Assert.All(seen, stamp => Assert.Equal(committed, stamp.RunId));
        }

        await stop.CancelAsync();
        await Task.WhenAll(hammer);
    }

    [Fact]
    public async Task Refresh_StoreUnreachable_AnswersTheLastVersionAtOnceAndRetriesLater()
    {
        using var version = new ContentVersion(new NewsStore(DatabaseProvider.Postgres, "Host=127.0.0.1;Port=1;Username=nobody;Database=none"), new EvictionFails(), NullLogger<ContentVersion>.Instance);
        var timer = Stopwatch.StartNew();

        var first = await version.RefreshAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var second = await version.RefreshAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(0, first.RunId);
        Assert.Same(first, second);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"took {timer.Elapsed}");
    }

    [Fact]
    public async Task Import_WhenTheCacheCannotEvict_AdvancesTheVersionAndTheNextPageShowsTheChange()
    {
        using var site = new NewsSiteFactory { TestServices = services => services.Decorate<IOutputCacheStore>(inner => new EvictionFails(inner)) };
        var client = site.CreateClient();
        const string url = "/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia";
        var before = await client.GetStringAsync(url); // now in the output cache
        var version = site.Services.GetRequiredService<ContentVersion>();
        var seed = Path.Combine(site.SeedsFolder, TestPaths.ExampleSeed + ".txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("China and North Korea loom", "Japan and South Korea loom"));

        var report = await site.ImportAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(report.RunId, version.Current.RunId);
        Assert.Contains("China and North Korea loom", before);
        var page = await site.GetDocumentAsync(url);
        Assert.Equal("Japan and South Korea loom as top US officials head to Asia", page.QuerySelector("h1")?.TextContent.Trim());
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => version.RefreshAsync())).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(answers, stamp => Assert.Equal(report.RunId, stamp.RunId));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>An output cache whose eviction always fails; with no inner store it caches nothing.</summary>
    private sealed class EvictionFails(IOutputCacheStore? inner = null) : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => throw new NotSupportedException("Eviction failed.");

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner?.GetAsync(key, cancellationToken) ?? ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
            inner?.SetAsync(key, value, tags, validFor, cancellationToken) ?? ValueTask.CompletedTask;
    }
}
