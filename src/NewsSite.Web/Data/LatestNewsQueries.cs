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
        var teasers = await db.TeaserHeadlines(sectionSlug).Take(count + articles.Count).ToListAsync(cancellationToken);

        var items = articles.DistinctBy(a => a.Headline).ToList();
        var shown = items.Select(i => i.Headline).ToHashSet(StringComparer.Ordinal);
        var links = await db.LinksByHeadlineAsync(teasers.Select(t => t.Headline), cancellationToken);
        items.AddRange(teasers.Where(t => shown.Add(t.Headline)).Select(t => new HeadlineItem(t.Headline, links.GetValueOrDefault(t.Headline))));
        return items.Take(count).ToList();
    }

    /// <summary>A page of the section's list: articles newest first, then captured teasers.</summary>
    public static async Task<(IReadOnlyList<HeadlineItem> Items, int Total)> SectionPageAsync(this NewsDbContext db, string sectionSlug, int page, int pageSize, CancellationToken cancellationToken)
    {
        var articleCount = await db.Articles.Published().InSection(sectionSlug).CountAsync(cancellationToken);
        var teaserCount = await db.TeaserHeadlines(sectionSlug).CountAsync(cancellationToken);
        var skip = (page - 1) * pageSize;

        var items = await db.Articles.AsNoTracking()
            .Published()
            .InSection(sectionSlug)
            .NewestFirst()
            .Skip(skip)
            .Take(pageSize)
            .Select(a => new HeadlineItem(a.Title, ArticleUrls.Of(a.SectionSlug, a.Slug), a.PublishedUtc, a.Standfirst))
            .ToListAsync(cancellationToken);
        if (items.Count < pageSize)
        {
            var teasers = await db.TeaserHeadlines(sectionSlug)
                .Skip(Math.Max(0, skip - articleCount))
                .Take(pageSize - items.Count)
                .ToListAsync(cancellationToken);
            var links = await db.LinksByHeadlineAsync(teasers.Select(t => t.Headline), cancellationToken);
            items.AddRange(teasers.Select(t => new HeadlineItem(t.Headline, links.GetValueOrDefault(t.Headline))));
        }

        return (items, articleCount + teaserCount);
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
