using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

/// <summary>A headline in a latest-news list: linked when the store holds its article.</summary>
public sealed record HeadlineItem(string Headline, string? Url, DateTime? PublishedUtc = null, string? Standfirst = null);

/// <summary>The "Latest … News" headlines of a section: its articles, then the teasers its seeds captured.</summary>
public static class LatestNewsQueries
{
    /// <summary>The sidebar: the section's other articles newest first, then captured teasers, each headline once.</summary>
    public static async Task<IReadOnlyList<HeadlineItem>> SidebarAsync(this NewsDbContext db, string sectionSlug, int excludeArticleId, int count, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking()
            .Published()
            .InSection(sectionSlug)
            .Where(a => a.Id != excludeArticleId)
            .NewestFirst()
            .Take(count)
            .Select(a => new HeadlineItem(a.Title, ArticleUrls.Of(a.SectionSlug, a.Slug), null, null))
            .ToListAsync(cancellationToken);
        var items = articles.DistinctBy(a => a.Headline).ToList();
        if (items.Count < count)
        {
            var teasers = await db.TeaserPageAsync(sectionSlug, 0, count - items.Count, cancellationToken);
            var shown = items.Select(i => i.Headline).ToHashSet(StringComparer.Ordinal);
            items.AddRange(teasers.Where(t => shown.Add(t.Headline)));
        }

        return items;
    }

    /// <summary>A page of the section's list: articles newest first, then captured teasers; null when there is no such section or the page is past its end.</summary>
    public static async Task<(IReadOnlyList<HeadlineItem> Items, int Total)?> SectionPageAsync(this NewsDbContext db, string sectionSlug, PageNumber page, int pageSize, CancellationToken cancellationToken)
    {
        var counts = await db.Sections.AsNoTracking().Where(s => s.Slug == sectionSlug).Select(s => new { s.ArticleCount, s.TeaserCount }).SingleOrDefaultAsync(cancellationToken);
        if (counts is null || page.Offset(counts.ArticleCount + counts.TeaserCount, pageSize) is not { } skip)
        {
            return null;
        }

        var items = new List<HeadlineItem>(pageSize);
        if (skip < counts.ArticleCount)
        {
            // The offset walks the (section, withdrawn, published) index only; rows are read for the page alone.
            var ids = db.Articles.Published().InSection(sectionSlug).NewestFirst().Skip(skip).Take(pageSize).Select(a => a.Id);
            var rows = await db.Articles.AsNoTracking()
                .Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, Item = new HeadlineItem(a.Title, ArticleUrls.Of(a.SectionSlug, a.Slug), a.PublishedUtc, a.Standfirst) })
                .ToListAsync(cancellationToken);
            items.AddRange(rows.OrderByDescending(a => a.Item.PublishedUtc).ThenByDescending(a => a.Id).Select(a => a.Item)); // 20 rows: sorted here, not in a temporary b-tree
        }

        if (items.Count < pageSize)
        {
            items.AddRange(await db.TeaserPageAsync(sectionSlug, Math.Max(0, skip - counts.ArticleCount), pageSize - items.Count, cancellationToken));
        }

        return (items, counts.ArticleCount + counts.TeaserCount);
    }

    /// <summary>A slice of the section's teaser headlines, each linked when the store holds its article.</summary>
    private static async Task<List<HeadlineItem>> TeaserPageAsync(this NewsDbContext db, string sectionSlug, int skip, int take, CancellationToken cancellationToken)
    {
        var headlines = await db.SectionTeasers.AsNoTracking()
            .Where(t => t.SectionSlug == sectionSlug)
            .OrderByDescending(t => t.CapturedUtc).ThenBy(t => t.Position).ThenBy(t => t.Headline)
            .Skip(skip)
            .Take(take)
            .Select(t => t.Headline)
            .ToListAsync(cancellationToken);
        var links = await db.LinksByHeadlineAsync(headlines, cancellationToken);
        return [.. headlines.Select(h => new HeadlineItem(h, links.GetValueOrDefault(h)))];
    }

    /// <summary>The URL of the article for each headline the store holds, from any section.</summary>
    private static async Task<Dictionary<string, string>> LinksByHeadlineAsync(this NewsDbContext db, IEnumerable<string> headlines, CancellationToken cancellationToken)
    {
        var wanted = headlines.ToList();
        var found = await db.Articles.AsNoTracking()
            .Published()
            .Where(a => wanted.Contains(a.Title))
            .Select(a => new { a.Title, Url = ArticleUrls.Of(a.SectionSlug, a.Slug) })
            .ToListAsync(cancellationToken);
        return found.DistinctBy(a => a.Title).ToDictionary(a => a.Title, a => a.Url, StringComparer.Ordinal);
    }
}
