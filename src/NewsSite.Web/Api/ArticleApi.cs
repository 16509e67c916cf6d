using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;
using NewsSite.Web.Import;
using NewsSite.Web.Pages.Shared;

namespace NewsSite.Web.Api;

/// <summary>The read-only JSON API. An article has the shape of the <c>parse</c> contract, plus its slug and URL.</summary>
public static class ArticleApi
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithMetadata(new OutputCacheAttribute { PolicyName = ReaderCaching.Policy }).WithTags("Articles");
        api.MapGet("/articles", ListAsync).WithSummary("Published articles, newest first, a page at a time; optionally of one section.")
            .WithMetadata(new OutputCacheAttribute { PolicyName = ReaderCaching.Policy, VaryByQueryKeys = ["section", "page"] });
        api.MapGet("/articles/{section}/{slug}", (string section, string slug, NewsDbContext db, SiteUrls urls, IOptions<SiteOptions> site, CancellationToken ct) =>
            ArticleAsync(db.Articles.Where(a => a.SectionSlug == section && a.Slug == slug), db, urls, site.Value, ct))
            .WithSummary("One article by its section and slug, in the parse contract's shape.");
        api.MapGet("/articles/{slug}", (string slug, NewsDbContext db, SiteUrls urls, IOptions<SiteOptions> site, CancellationToken ct) =>
            ArticleAsync(db.Articles.Where(a => a.Slug == slug).OrderByDescending(a => a.PublishedUtc), db, urls, site.Value, ct))
            .WithSummary("One article by its slug (the newest when two sections share it), in the parse contract's shape.");
        api.MapGet("/sections/{section}/latest", LatestAsync).WithSummary("A section's latest news: its articles newest first, then captured teaser headlines.");
        return app;
    }

    private static async Task<Results<Ok<ArticlePage>, ProblemHttpResult>> ListAsync(
        NewsDbContext db, SiteUrls urls, IOptions<SiteOptions> site, string? section, string? page, CancellationToken cancellationToken)
    {
        var pageSize = site.Value.PageSize;
        if (PageNumber.FromQuery(page) is not { } pageNumber)
        {
            return NoSuchPage(page);
        }

        var articles = db.Articles.AsNoTracking().Published();
        if (!string.IsNullOrEmpty(section))
        {
            if (!await db.Sections.AnyAsync(s => s.Slug == section, cancellationToken))
            {
                return TypedResults.Problem($"There is no section '{section}'.", statusCode: StatusCodes.Status404NotFound, title: "Section not found");
            }

            articles = articles.InSection(section);
        }

        var total = await articles.CountAsync(cancellationToken);
        if (pageNumber.Offset(total, pageSize) is not { } skip)
        {
            return NoSuchPage(page);
        }

        var items = await articles.NewestFirst()
            .Skip(skip)
            .Take(pageSize)
            .Select(a => new { a.Slug, a.SectionSlug, a.Title, a.Section, a.PublishedUtc, a.Byline, a.Standfirst })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ArticlePage(pageNumber.Value, pageSize, total, [.. items.Select(a => new ArticleSummary(
            a.Slug, urls.Absolute(ArticleUrls.Of(a.SectionSlug, a.Slug)), a.Title, UkDates.Iso(a.PublishedUtc), a.Section, a.Byline, a.Standfirst))]));
    }

    private static ProblemHttpResult NoSuchPage(string? page) =>
        TypedResults.Problem($"There is no page '{page}': pages are numbered from 1 to the last.", statusCode: StatusCodes.Status404NotFound, title: "Page not found");

    private static async Task<IResult> ArticleAsync(IQueryable<Article> query, NewsDbContext db, SiteUrls urls, SiteOptions site, CancellationToken cancellationToken)
    {
        var article = await query.AsNoTracking().Published().AsSplitQuery().Include(a => a.Blocks).Include(a => a.Teasers).FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return TypedResults.Problem("No published article has that address.", statusCode: StatusCodes.Status404NotFound, title: "Article not found");
        }

        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("slug", article.Slug);
            writer.WriteString("url", urls.Absolute(ArticleUrls.Of(article)));
            ArticleJson.WriteArticleFields(writer, ArticleMapping.ToDraft(article, site.DefaultSection));
            writer.WriteEndObject();
        }

        return TypedResults.Bytes(json.ToArray(), "application/json; charset=utf-8");
    }

    private static async Task<Results<Ok<LatestHeadline[]>, ProblemHttpResult>> LatestAsync(
        string section, NewsDbContext db, SiteUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken)
    {
        var (items, _) = await db.SectionPageAsync(section, PageNumber.First, site.Value.PageSize, cancellationToken) ?? ([], 0);
        return items.Count == 0
            ? TypedResults.Problem($"There is no section '{section}'.", statusCode: StatusCodes.Status404NotFound, title: "Section not found")
            : TypedResults.Ok(items.Select(i => new LatestHeadline(
                i.Headline, i.Url is null ? null : urls.Absolute(i.Url), i.PublishedUtc is { } published ? UkDates.Iso(published) : null, i.Standfirst)).ToArray());
    }
}

/// <summary>A page of articles.</summary>
public sealed record ArticlePage(int Page, int PageSize, int Total, IReadOnlyList<ArticleSummary> Items);

/// <summary>An article in a list: <c>publishedAt</c> is ISO 8601 with its UK offset.</summary>
public sealed record ArticleSummary(string Slug, string Url, string Title, string PublishedAt, string Section, string? Byline, string? Standfirst);

/// <summary>A headline of a section's latest news; <c>url</c> is null for a teaser the store holds no article for.</summary>
public sealed record LatestHeadline(string Headline, string? Url, string? PublishedAt, string? Standfirst);
