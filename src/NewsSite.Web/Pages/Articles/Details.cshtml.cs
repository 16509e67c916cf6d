using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Pages.Articles;

[OutputCache(PolicyName = ReaderCaching.Policy)]
public class DetailsModel(NewsDbContext db, IOptions<SiteOptions> site, SiteUrls urls) : PageModel
{
    public Article Article { get; private set; } = null!;

    public LatestSidebar Sidebar { get; private set; } = null!;

    public PageMeta Meta { get; private set; } = null!;

    public int ReadingMinutes { get; private set; }

    public string StructuredData { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken cancellationToken)
    {
        await using var snapshot = await db.ReadSnapshotAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.SectionSlug == section && a.Slug == slug, cancellationToken);
        if (article is null)
        {
            // An address the article had before its seed moved it to another section.
            var moved = await db.ArticleRedirects.Where(r => r.SectionSlug == section && r.Slug == slug)
                .Join(db.Articles, r => r.ArticleId, a => a.Id, (r, a) => ArticleUrls.Of(a.SectionSlug, a.Slug))
                .SingleOrDefaultAsync(cancellationToken);
            return moved is null ? NotFound() : RedirectPermanent(moved);
        }

        if (article.WithdrawnUtc is not null)
        {
            return StatusCode(StatusCodes.Status410Gone);
        }

        article.Blocks = await db.Set<ArticleBlock>().AsNoTracking().Where(b => b.ArticleId == article.Id).OrderBy(b => b.Position).ToListAsync(cancellationToken);
        Article = article;
        var headlines = await db.SidebarAsync(article.SectionSlug, article.Id, site.Value.SidebarSize, cancellationToken);
        Sidebar = new LatestSidebar(article.Section, article.SectionSlug, headlines);
        Meta = new PageMeta(article.Title, article.Standfirst ?? article.Title, ArticleUrls.Of(article))
        {
            Article = new ArticleMeta(article.PublishedUtc, article.ModifiedUtc ?? article.PublishedUtc, article.Section, article.Byline),
        };
        ReadingMinutes = ReadingTime.Minutes([article.Standfirst, .. article.Blocks.Select(b => b.Text)]);
        StructuredData = ArticleStructuredData.Build(article, site.Value.Name, urls.Absolute);
        return Page();
    }
}
