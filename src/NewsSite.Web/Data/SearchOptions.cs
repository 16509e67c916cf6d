using System.ComponentModel.DataAnnotations;

namespace NewsSite.Web.Data;

/// <summary>
/// How much searching the site does for readers (section "Search"). What one query may ask is
/// bounded by the query's reader (<see cref="SearchQuery.MaxTerms"/> and the others).
/// </summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Searches (requests to /search with a query, answered from the cache or not) allowed per client address per minute; an IPv6 client is its /64.</summary>
    [Range(1, 100_000)]
    public int SearchesPerMinute { get; set; } = 30;

    /// <summary>How long one search statement may run before the store stops it, e.g. "00:00:01".</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The most matches a search ranks by relevance: ranking reads every match's text, so a search
    /// with more matches lists them newest first, which needs none of their text.
    /// </summary>
    [Range(1, 1_000_000)]
    public int RankedMatches { get; set; } = 1000;

    /// <summary>Searches that may run against the store at once, across all readers; default half the processor count, at least 1.</summary>
    [Range(1, 1000)]
    public int ConcurrentSearches { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Searches that may wait for one of those places; more are answered 503 at once.</summary>
    [Range(0, 10_000)]
    public int QueuedSearches { get; set; } = 16;
}
