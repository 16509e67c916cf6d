using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Pages;

[OutputCache(PolicyName = ReaderCaching.Policy)]
public class IndexModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    public IReadOnlyList<HeadlineItem> Articles { get; private set; } = [];

    public IReadOnlyList<SectionLink> Sections { get; private set; } = [];

    public PageMeta Meta => new("Latest news", site.Value.Description, "/");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Articles = await db.Articles.AsNoTracking()
            .Published()
            .NewestFirst()
            .Take(site.Value.PageSize)
            .Select(a => new HeadlineItem(a.Title, ArticleUrls.Of(a.SectionSlug, a.Slug), a.PublishedUtc, a.Standfirst))
            .ToListAsync(cancellationToken);
        Sections = await db.SectionsAsync(cancellationToken);
    }
}
