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

    /// <summary>The sections with published articles, by name.</summary>
    public static async Task<IReadOnlyList<SectionLink>> SectionsAsync(this NewsDbContext db, CancellationToken cancellationToken) =>
        await db.Sections.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SectionLink(s.Name, s.Slug))
            .ToListAsync(cancellationToken);
}
