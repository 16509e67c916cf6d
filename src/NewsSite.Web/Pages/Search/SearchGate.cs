using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;

namespace NewsSite.Web.Pages.Search;

/// <summary>
/// Runs readers' searches against the store: at most <see cref="SearchOptions.ConcurrentSearches"/>
/// at once, so however many readers search, the rest of the processors serve pages; others wait,
/// oldest first, in a queue of <see cref="SearchOptions.QueuedSearches"/>.
/// </summary>
public sealed class SearchGate(IOptions<SearchOptions> options) : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.ConcurrentSearches,
        QueueLimit = options.Value.QueuedSearches,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>One page of hits, or null when the store is running and queueing as many searches as it may.</summary>
    /// <exception cref="TimeoutException">A statement ran longer than <see cref="SearchOptions.Timeout"/> and the store stopped it.</exception>
    public async Task<SearchResults?> SearchAsync(NewsDbContext db, SearchQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        return lease.IsAcquired ? await db.SearchAsync(query, page, pageSize, options.Value, cancellationToken) : null;
    }

    public void Dispose() => _limiter.Dispose();
}
