using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;
using NewsSite.Web.Admin;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Pages.Admin.Revisions;

/// <summary>An article's earlier versions, newest first, each with what the next version changed (kept in <see cref="RevisionChangesCache"/>).</summary>
public class IndexModel(NewsDbContext db, RevisionChangesCache changesCache, IOptions<SiteOptions> site) : PageModel
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

        // Each version is compared with the one that replaced it: the current article, then newer
        // revisions. Versions are read back only for the revisions whose changes are not kept yet.
        var newer = new Lazy<ArticleDraft>(() => ArticleMapping.ToDraft(article, site.Value.DefaultSection));
        var newerHash = article.ContentHash;
        var views = new List<RevisionView>();
        foreach (var revision in revisions)
        {
            var older = new Lazy<ArticleDraft?>(() => SeedFormats.Read(revision.SeedText, article.SourceFile));
            var comparedWith = newer;
            var changes = changesCache.GetOrCompare(revision.Id, newerHash, () => older.Value is { } draft ? RevisionDiff.Compare(draft, comparedWith.Value) : RevisionChanges.None);
            views.Add(new RevisionView(revision, changes));
            newer = new Lazy<ArticleDraft>(() => older.Value ?? comparedWith.Value);
            newerHash = revision.ContentHash;
        }

        Revisions = views;
        return Page();
    }
}

public sealed record RevisionView(ArticleRevision Revision, RevisionChanges Changes);
