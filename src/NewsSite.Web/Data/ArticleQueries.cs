using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

/// <summary>Queries the pages share.</summary>
public static class ArticleQueries
{
    /// <summary>Articles readers may see: not withdrawn.</summary>
    public static IQueryable<Article> Published(this IQueryable<Article> articles) =>
        articles.Where(a => a.WithdrawnUtc == null);

    public static IQueryable<Article> InSection(this IQueryable<Article> articles, string sectionSlug) =>
        articles.Where(a => a.SectionSlug == sectionSlug);

    public static IOrderedQueryable<Article> NewestFirst(this IQueryable<Article> articles) =>
        articles.OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id);

    /// <summary>The sections the store holds, by name.</summary>
    public static async Task<IReadOnlyList<SectionLink>> SectionsAsync(this NewsDbContext db, CancellationToken cancellationToken)
    {
        var sections = await db.Articles.AsNoTracking()
            .Published()
            .GroupBy(a => new { a.SectionSlug, a.Section })
            .Select(g => new SectionLink(g.Key.Section, g.Key.SectionSlug))
            .ToListAsync(cancellationToken);
        return [.. sections.DistinctBy(s => s.Slug).OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A section's captured teasers, each headline once, without those the section holds as
    /// articles: newest capturing seed first, then in the order the sidebar showed them.
    /// </summary>
    public static IQueryable<TeaserItem> TeaserHeadlines(this NewsDbContext db, string sectionSlug) =>
        db.Teasers
            .Where(t => t.SectionSlug == sectionSlug && t.Article!.WithdrawnUtc == null)
            .Where(t => !db.Articles.Published().Any(a => a.SectionSlug == sectionSlug && a.Title == t.Headline))
            .GroupBy(t => t.Headline)
            .Select(g => new { Headline = g.Key, CapturedUtc = g.Max(t => t.CapturedUtc), Position = g.Min(t => t.Position) })
            .OrderByDescending(t => t.CapturedUtc)
            .ThenBy(t => t.Position)
            .ThenBy(t => t.Headline)
            .Select(t => new TeaserItem(t.Headline, t.CapturedUtc, t.Position));
}

/// <summary>A teaser headline with no article behind it.</summary>
public sealed record TeaserItem(string Headline, DateTime CapturedWithUtc, int Position);
