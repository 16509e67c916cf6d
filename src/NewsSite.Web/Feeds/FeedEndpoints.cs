using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Feeds;

/// <summary>RSS 2.0 and Atom feeds (site and per section), sitemaps and robots.txt: what machines read.</summary>
public static class FeedEndpoints
{
    public const int FeedSize = 50;
    private const int SitemapSize = 50_000;
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";
    private const string XmlContentType = "application/xml; charset=utf-8";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var cached = new OutputCacheAttribute { PolicyName = ReaderCaching.Policy };
        app.MapGet("/feeds/{format:regex(^(rss|atom)$)}.xml", (string format, NewsDbContext db, SiteUrls urls, IOptions<SiteOptions> site, CancellationToken ct) =>
            FeedAsync(format, null, db, urls, site.Value, ct)).WithMetadata(cached);
        app.MapGet("/feeds/{section}/{format:regex(^(rss|atom)$)}.xml", (string section, string format, NewsDbContext db, SiteUrls urls, IOptions<SiteOptions> site, CancellationToken ct) =>
            FeedAsync(format, section, db, urls, site.Value, ct)).WithMetadata(cached);
        app.MapGet("/sitemap.xml", SitemapIndexAsync).WithMetadata(cached);
        app.MapGet("/sitemaps/articles-{page}.xml", ArticleSitemapAsync).WithMetadata(cached);
        app.MapGet("/sitemaps/news.xml", NewsSitemapAsync); // its window moves with the clock: never output-cached
        app.MapGet("/robots.txt", (SiteUrls urls) => Results.Text($"User-agent: *\nDisallow: /admin\nDisallow: /search\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain", Encoding.UTF8));
        return app;
    }

    private static async Task<IResult> FeedAsync(string format, string? sectionSlug, NewsDbContext db, SiteUrls urls, SiteOptions site, CancellationToken cancellationToken)
    {
        var sectionName = sectionSlug is null ? null : await db.Sections.Where(s => s.Slug == sectionSlug).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (sectionSlug is not null && sectionName is null)
        {
            return Results.NotFound();
        }

        var articles = db.Articles.AsNoTracking().Published();
        var newest = await (sectionSlug is null ? articles : articles.InSection(sectionSlug))
            .NewestFirst()
            .Take(FeedSize)
            .Select(a => new { a.Title, a.SectionSlug, a.Slug, a.FirstPath, a.Section, a.Standfirst, a.Byline, a.PublishedUtc, a.UpdatedUtc })
            .ToListAsync(cancellationToken);

        var path = sectionSlug is null ? "/" : ArticleUrls.Section(sectionSlug);
        var feed = new SyndicationFeed(
            sectionName is null ? site.Name : $"{Ingestion.LatestNews.HeadingFor(sectionName)} | {site.Name}",
            sectionName is null ? site.Description : $"The latest {sectionName} news from {site.Name}.",
            new Uri(urls.Absolute(path)))
        {
            Id = urls.Absolute(path),
            Language = "en-GB",
            LastUpdatedTime = newest.Count == 0 ? DateTimeOffset.UnixEpoch : Ingestion.UkTime.FromStoredUtc(newest.Max(a => a.UpdatedUtc)),
            Items = newest.Select(a =>
            {
                // The GUID is the article's first URL: a feed reader sees one item however its URL moves.
                var url = urls.Absolute(ArticleUrls.Of(a.SectionSlug, a.Slug));
                var item = new SyndicationItem(a.Title, a.Standfirst ?? a.Title, new Uri(url), urls.Absolute(a.FirstPath), Ingestion.UkTime.FromStoredUtc(a.UpdatedUtc)) { PublishDate = Ingestion.UkTime.FromStoredUtc(a.PublishedUtc) };
                item.Categories.Add(new SyndicationCategory(a.Section));
                if (a.Byline is not null)
                {
                    item.Authors.Add(new SyndicationPerson { Name = a.Byline });
                }

                if (format == "rss")
                {
                    item.Content = RssDescription(a.Standfirst ?? a.Title);
                }

                return item;
            }).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(urls.Absolute($"/feeds{(sectionSlug is null ? "" : "/" + sectionSlug)}/{format}.xml")), "self", null, null, 0));

        SyndicationFeedFormatter formatter = format == "rss" ? new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: true) : new Atom10FeedFormatter(feed);
        return Xml(writer => formatter.WriteTo(writer), format == "rss" ? "application/rss+xml" : "application/atom+xml");
    }

    /// <summary>
    /// An RSS 2.0 description holds HTML (the RSS Advisory Board's profile, and every feed reader),
    /// so seed text goes in HTML-encoded: <c>&lt;svg&gt;</c> in a standfirst is shown, never run.
    /// Atom's content says <c>type="text"</c> and needs nothing.
    /// </summary>
    // Only what HTML reads as markup is escaped (<, >, &, quotes); letters such as "é" stay themselves.
    private static readonly System.Text.Encodings.Web.HtmlEncoder DescriptionEncoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static TextSyndicationContent RssDescription(string text) => new(DescriptionEncoder.Encode(text));

    private static async Task<IResult> SitemapIndexAsync(NewsDbContext db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var count = await db.Articles.Published().CountAsync(cancellationToken);
        var pages = Math.Max(1, (count + SitemapSize - 1) / SitemapSize);
        return Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNamespace);
            foreach (var path in Enumerable.Range(1, pages).Select(p => $"/sitemaps/articles-{p}.xml").Append("/sitemaps/news.xml"))
            {
                writer.WriteStartElement("sitemap", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(path));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static async Task<IResult> ArticleSitemapAsync(string page, NewsDbContext db, SiteUrls urls, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().Published();
        if (PageNumber.Parse(page)?.Offset(await articles.CountAsync(cancellationToken), SitemapSize) is not { } skip)
        {
            return Results.NotFound();
        }

        var entries = await articles
            .OrderBy(a => a.Id)
            .Skip(skip)
            .Take(SitemapSize)
            .Select(a => new { a.SectionSlug, a.Slug, a.UpdatedUtc })
            .ToListAsync(cancellationToken);

        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var entry in entries)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(ArticleUrls.Of(entry.SectionSlug, entry.Slug)));
                writer.WriteElementString("lastmod", SitemapNamespace, UkDates.Iso(entry.UpdatedUtc));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    /// <summary>
    /// The Google News sitemap: articles published in the last two days (Google's limit for it), so
    /// it changes as the clock moves, without an import: tagged by its own bytes, not the content version.
    /// </summary>
    private static async Task<IResult> NewsSitemapAsync(NewsDbContext db, SiteUrls urls, IOptions<SiteOptions> site, TimeProvider clock, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-2);
        var recent = await db.Articles.AsNoTracking().Published()
            .Where(a => a.PublishedUtc >= since)
            .NewestFirst()
            .Take(1000)
            .Select(a => new { a.Title, a.SectionSlug, a.Slug, a.PublishedUtc })
            .ToListAsync(cancellationToken);
        return new ContentTaggedResult(XmlText(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "news", null, NewsNamespace);
            foreach (var article in recent)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(ArticleUrls.Of(article.SectionSlug, article.Slug)));
                writer.WriteStartElement("news", "news", NewsNamespace);
                writer.WriteStartElement("news", "publication", NewsNamespace);
                writer.WriteElementString("news", "name", NewsNamespace, site.Value.Name);
                writer.WriteElementString("news", "language", NewsNamespace, "en");
                writer.WriteEndElement();
                writer.WriteElementString("news", "publication_date", NewsNamespace, UkDates.Iso(article.PublishedUtc));
                writer.WriteElementString("news", "title", NewsNamespace, article.Title);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }), XmlContentType);
    }

    private static IResult Xml(Action<XmlWriter> write, string contentType = "application/xml") =>
        Results.Text(XmlText(write), contentType + "; charset=utf-8", Encoding.UTF8);

    private static string XmlText(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            write(writer);
        }

        // StringBuilder output declares UTF-16; the bytes sent are UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
