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
    public async Task Refresh_WhenTheCacheCannotEvict_StillAnswersAndKeepsAnswering()
    {
        _site.CreateClient();
        using var version = new ContentVersion(_site.Services.GetRequiredService<NewsStore>(), new EvictionFails(), NullLogger<ContentVersion>.Instance);

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => version.RefreshAsync())).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(answers, stamp => Assert.NotNull(stamp));
    }

    public void Dispose() => _site.Dispose();

    private sealed class EvictionFails : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => throw new NotSupportedException("Eviction failed.");

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
