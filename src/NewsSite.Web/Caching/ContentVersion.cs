using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NewsSite.Web.Data;

namespace NewsSite.Web.Caching;

/// <summary>
/// The version of what readers see: the newest import run in the store, so it changes with every
/// import that commits, on whichever node or command line ran it. Reader pages carry it as their
/// ETag and its time as Last-Modified, and the output cache keys pages by it.
/// </summary>
public sealed class ContentVersion(IOutputCacheStore cache, ILogger<ContentVersion> logger)
{
    /// <summary>The output-cache tag of every reader page.</summary>
    public const string CacheTag = "reader";

    private volatile Stamp _current = Stamp.For(0, DateTime.UnixEpoch);

    /// <summary>The version this node last saw.</summary>
    public Stamp Current => _current;

    /// <summary>
    /// Reads the version from the store (one primary-key lookup). When another node or process has
    /// imported since, this node's cached pages are dropped: the next reader gets the change at once.
    /// </summary>
    public async Task<Stamp> RefreshAsync(NewsDbContext db, CancellationToken cancellationToken)
    {
        var last = await db.ImportRuns.AsNoTracking()
            .Where(r => r.Id == db.ImportRuns.Max(x => (int?)x.Id))
            .Select(r => new { r.Id, r.StartedUtc })
            .SingleOrDefaultAsync(cancellationToken);
        var seen = _current;
        if (last is null || last.Id == seen.RunId)
        {
            return seen;
        }

        return await ChangedAsync(last.Id, last.StartedUtc, cancellationToken);
    }

    private async Task<Stamp> ChangedAsync(int importRunId, DateTime startedUtc, CancellationToken cancellationToken = default)
    {
        var next = Stamp.For(importRunId, startedUtc);
        var previous = _current;
        if (next.RunId > previous.RunId) // a slower request that read an older run never goes back
        {
            _current = next;
            await cache.EvictByTagAsync(CacheTag, cancellationToken);
            logger.LogDebug("Reader pages now at version {ETag}", next.ETag);
        }

        return next;
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
