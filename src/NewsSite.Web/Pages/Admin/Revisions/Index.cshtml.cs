using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;
using NewsSite.Web.Admin;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Pages.Admin.Revisions;

/// <summary>An article's earlier versions, newest first, each with what the next version changed.</summary>
public class IndexModel(NewsDbContext db, IOptions<SiteOptions> site) : PageModel
{
    public Article Article { get; private set; } = null!;

    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Blocks)
            .Include(a => a.Teasers)
            .SingleOrDefaultAsync(a => a.SectionSlug == section && a.Slug == slug, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Article = article;
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.ArticleId == article.Id)
            .OrderByDescending(r => r.ReplacedUtc).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);

        // Each version is compared with the one that replaced it: the current article, then newer revisions.
        var newer = ArticleMapping.ToDraft(article, site.Value.DefaultSection);
        var views = new List<RevisionView>();
        foreach (var revision in revisions)
        {
            var older = SeedFormats.Read(revision.SeedText, article.SourceFile);
            views.Add(new RevisionView(revision, older is null ? [] : RevisionDiff.Compare(older, newer)));
            newer = older ?? newer;
        }

        Revisions = views;
        return Page();
    }
}

public sealed record RevisionView(ArticleRevision Revision, IReadOnlyList<ArticleChange> Changes);
