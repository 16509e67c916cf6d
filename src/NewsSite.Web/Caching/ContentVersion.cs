using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NewsSite.Web.Data;

namespace NewsSite.Web.Caching;

/// <summary>
/// The version of what readers see: it changes with every import that commits. Reader pages
/// carry it as their ETag and its time as Last-Modified, and a change evicts them from the output cache.
/// </summary>
public sealed class ContentVersion(IOutputCacheStore cache, ILogger<ContentVersion> logger)
{
    /// <summary>The output-cache tag of every reader page.</summary>
    public const string CacheTag = "reader";

    private volatile State _state = new(new EntityTagHeaderValue("\"0\"", isWeak: true), DateTimeOffset.UnixEpoch);

    /// <summary>The entity tag of reader pages, e.g. <c>W/"12-8dd1c0a7f3b5e00"</c>.</summary>
    public EntityTagHeaderValue ETag => _state.ETag;

    public DateTimeOffset LastModified => _state.LastModified;

    /// <summary>Reads the version from the newest import run in the store.</summary>
    public async Task LoadAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var last = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Select(r => new { r.Id, r.StartedUtc }).FirstOrDefaultAsync(cancellationToken);
        Set(last?.Id ?? 0, last?.StartedUtc ?? DateTime.UnixEpoch);
    }

    /// <summary>An import committed: new version, and cached reader pages are dropped.</summary>
    public async Task ChangedAsync(int importRunId, DateTime committedUtc, CancellationToken cancellationToken = default)
    {
        Set(importRunId, committedUtc);
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
        logger.LogDebug("Reader pages now at version {ETag}", ETag);
    }

    private void Set(int runId, DateTime utc)
    {
        // HTTP dates have whole seconds.
        var lastModified = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
        _state = new State(new EntityTagHeaderValue($"\"{runId}-{utc.Ticks:x}\"", isWeak: true), lastModified);
    }

    private sealed record State(EntityTagHeaderValue ETag, DateTimeOffset LastModified);
}
