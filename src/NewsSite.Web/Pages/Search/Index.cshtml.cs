using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Pages.Search;

public class IndexModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    private const int MaxQueryLength = 200;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public Pager? Pager { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Query = Query?.Trim();
        if (string.IsNullOrEmpty(Query))
        {
            return Page();
        }

        if (Query.Length > MaxQueryLength)
        {
            Problem = $"That search is too long: keep it under {MaxQueryLength} characters.";
            return Page();
        }

        if (PageNumber.FromQuery(Request.Query["page"]) is not { } pageNumber)
        {
            return NotFound();
        }

        var search = SearchQuery.Parse(Query);
        if (search.Problem is { } reason)
        {
            Problem = $"That search could not be understood: {reason}. Put phrases in double quotes (\"New York channel\"), use * only at the end of a word (Pyongyan*), and AND, OR and NOT between words. "
                + (search.Fts5 is null ? "It has no words to look for." : "These articles have all of its words.");
        }

        (Hits, var total) = await db.SearchAsync(search, pageNumber, site.Value.PageSize, cancellationToken);
        if (pageNumber.Offset(total, site.Value.PageSize) is null)
        {
            return NotFound();
        }

        Pager = new Pager("/search?q=" + Uri.EscapeDataString(Query), pageNumber.Value, total, site.Value.PageSize);
        return Page();
    }
}
