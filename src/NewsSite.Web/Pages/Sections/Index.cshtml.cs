using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Pages.Sections;

[OutputCache(PolicyName = ReaderCaching.Policy, VaryByQueryKeys = ["page"])]
public class IndexModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    public string Heading { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public IReadOnlyList<HeadlineItem> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public PageMeta Meta { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken cancellationToken)
    {
        await using var snapshot = await db.ReadSnapshotAsync(cancellationToken);
        var name = await db.Sections.Where(s => s.Slug == section).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return NotFound();
        }

        var page = Request.Query["page"];
        if (PageNumber.FromQuery(page) is not { } pageNumber)
        {
            return NotFound();
        }

        if (page.Count > 0 && pageNumber == PageNumber.First)
        {
            return RedirectPermanent(ArticleUrls.Section(section)); // the first page's one address
        }

        var pageSize = site.Value.PageSize;
        if (await db.SectionPageAsync(section, pageNumber, pageSize, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (Items, var total) = found;
        Heading = Ingestion.LatestNews.HeadingFor(name);
        Slug = section;
        Pager = new Pager(ArticleUrls.Section(section), pageNumber.Value, total, pageSize);
        Meta = new PageMeta(
            pageNumber.Value > 1 ? $"{Heading}, page {pageNumber.Value}" : Heading,
            $"The latest {name} news from {site.Value.Name}, newest first.",
            Pager.UrlFor(pageNumber.Value));
        return Page();
    }
}
