using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>
/// The URLs an import hands out, starting from what the store holds. A section name has one slug
/// for as long as the store holds an article of it (withdrawn ones included), and no two names
/// share one: a name whose slug another name already has gets "-2", "-3"… in the order names first
/// appear (stored ones by article Id, then this run's files by file name). Names that differ only in
/// case are one section. A path "/{section}/{slug}" belongs to one article: its URL, or an old URL
/// that redirects to it.
/// </summary>
internal sealed class ArticleAddresses
{
    private readonly Dictionary<string, string> _sectionSlugs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _takenSectionSlugs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string SectionSlug, string Slug), int> _owners = [];

    private ArticleAddresses(IEnumerable<(string Section, string SectionSlug, string Slug, int Id)> articles, IEnumerable<(string SectionSlug, string Slug, int ArticleId)> redirects)
    {
        foreach (var article in articles.OrderBy(a => a.Id))
        {
            _sectionSlugs.TryAdd(article.Section, article.SectionSlug);
            _takenSectionSlugs.Add(article.SectionSlug);
            _owners[(article.SectionSlug, article.Slug)] = article.Id;
        }

        foreach (var redirect in redirects)
        {
            _owners[(redirect.SectionSlug, redirect.Slug)] = redirect.ArticleId;
        }
    }

    /// <summary>The addresses the store holds: those of <paramref name="articles"/> and every old URL.</summary>
    /// <param name="articles">Every stored article, withdrawn ones too: its section name, section slug, slug and Id.</param>
    public static async Task<ArticleAddresses> LoadAsync(NewsDbContext db, IEnumerable<(string Section, string SectionSlug, string Slug, int Id)> articles, CancellationToken cancellationToken)
    {
        var redirects = await db.ArticleRedirects.AsNoTracking().Select(r => new { r.SectionSlug, r.Slug, r.ArticleId }).ToListAsync(cancellationToken);
        return new ArticleAddresses(articles, redirects.Select(r => (r.SectionSlug, r.Slug, r.ArticleId)));
    }

    /// <summary>The section's slug: the one its name has, else a new one no other name has.</summary>
    public string SectionSlug(string section)
    {
        if (_sectionSlugs.TryGetValue(section, out var slug))
        {
            return slug;
        }

        var wanted = Slugs.ForSection(section);
        slug = wanted;
        for (var n = 2; !_takenSectionSlugs.Add(slug); n++)
        {
            slug = $"{wanted}-{n}";
        }

        _sectionSlugs[section] = slug;
        return slug;
    }

    /// <summary>
    /// Takes a slug for the headline in the section: its own slug, else with "-2", "-3"… A path
    /// that is already the article's own (an old URL of it) is free to it again.
    /// </summary>
    /// <param name="articleId">The stored article's Id; null for a new article, which holds no path yet.</param>
    public string TakeSlug(string sectionSlug, string headline, int? articleId)
    {
        var wanted = Slugs.From(headline);
        var slug = wanted;
        for (var n = 2; _owners.TryGetValue((sectionSlug, slug), out var owner) && owner != articleId; n++)
        {
            slug = $"{wanted}-{n}";
        }

        _owners[(sectionSlug, slug)] = articleId ?? 0;
        return slug;
    }
}
