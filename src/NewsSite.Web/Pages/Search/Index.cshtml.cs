using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Pages.Search;

// Cached per query, page and content version, like every reader page: a repeated search costs the store nothing.
[OutputCache(PolicyName = ReaderCaching.Policy, VaryByQueryKeys = ["q", "page"])]
[EnableRateLimiting(SearchRateLimit.Policy)]
public class IndexModel(NewsDbContext db, SearchGate gate, IOptions<SiteOptions> site, IOptions<SearchOptions> options, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public Pager? Pager { get; private set; }

    /// <summary>Why the hits are listed newest first (more match than are ranked), or null when they are ranked by relevance.</summary>
    public string? OrderNote { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        if (string.IsNullOrEmpty(Query))
        {
            return Page();
        }

        if (PageNumber.FromQuery(Request.Query["page"]) is not { } pageNumber)
        {
            return NotFound();
        }

        var search = SearchQuery.Parse(Query);
        if (search.Refusal is { } refusal)
        {
            Problem = $"That search was not run: {refusal}.";
            return Page();
        }

        if (search.Problem is { } reason)
        {
            Problem = $"That search could not be understood: {reason}. Put phrases in double quotes (\"New York channel\"), use * only at the end of a word (Pyongyan*), and AND, OR and NOT between words. "
                + (search.Fts5 is null ? "It has no words to look for." : "These articles have all of its words.");
        }

        SearchResults? results;
        try
        {
            results = await gate.SearchAsync(db, search, pageNumber.Value, site.Value.PageSize, cancellationToken);
        }
        catch (TimeoutException ex)
        {
            logger.LogWarning("Search for {Query} stopped: {Reason}", Query, ex.Message);
            Problem = "That search took too long, so it was stopped. Try fewer or less common words, or a phrase in double quotes.";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable; // not cached
            return Page();
        }

        if (results is null)
        {
            Response.Headers.RetryAfter = "5";
            return new ContentResult
            {
                StatusCode = StatusCodes.Status503ServiceUnavailable,
                ContentType = "text/html; charset=utf-8",
                Content = TurnedAway.Html("Search is busy", "Too many searches are running right now. Please try again in a moment."),
            };
        }

        if (pageNumber.Offset(results.Total, site.Value.PageSize) is null)
        {
            return NotFound();
        }

        Hits = results.Hits;
        OrderNote = results.Ranked ? null : string.Create(CultureInfo.InvariantCulture, $"More than {options.Value.RankedMatches:N0} match, so the newest come first.");
        Pager = new Pager("/search?q=" + Uri.EscapeDataString(Query), pageNumber.Value, results.Total, site.Value.PageSize);
        return Page();
    }
}
