using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

/// <summary>A search hit: the article and a snippet of the matching text, HTML-encoded with the matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Title, string Url, DateTime PublishedUtc, string SnippetHtml);

/// <summary>
/// Full-text search over headlines, standfirsts, paragraphs and captions, for a query read by
/// <see cref="SearchQuery"/>: SQLite FTS5 ranked by BM25, or PostgreSQL's tsvector (GIN index)
/// ranked by ts_rank with the same column weights.
/// </summary>
public static partial class ArticleSearch
{
    // Control characters mark the matches in snippet(): the seed readers refuse them in seed text.
    private const string Open = "\u0001";
    private const string Close = "\u0002";

    /// <summary>One page of hits, best first, and how many there are in all; none when the query has no words or the page is past the last.</summary>
    public static async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(this NewsDbContext db, SearchQuery query, PageNumber page, int pageSize, CancellationToken cancellationToken)
    {
        if (query.Fts5 is not { } fts5 || query.TsQuery is not { } tsQuery)
        {
            return ([], 0);
        }

        return db.Database.IsSqlite()
            ? await SearchSqliteAsync(db, fts5, page, pageSize, cancellationToken)
            : await SearchPostgresAsync(db, tsQuery, page, pageSize, cancellationToken);
    }

    private static async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchSqliteAsync(NewsDbContext db, string query, PageNumber page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Database.SqlQuery<int>(
            $"SELECT COUNT(*) AS Value FROM ArticleSearch AS s JOIN Articles AS a ON a.Id = s.rowid WHERE ArticleSearch MATCH {query} AND a.WithdrawnUtc IS NULL")
            .SingleAsync(cancellationToken);
        if (page.Offset(total, pageSize) is not { } offset)
        {
            return ([], total);
        }

        var rows = await db.Database.SqlQuery<Row>(
            $"""
            SELECT a.Title, a.SectionSlug, a.Slug, a.PublishedUtc, snippet(ArticleSearch, -1, {Open}, {Close}, '…', 24) AS Snippet
            FROM ArticleSearch AS s
            JOIN Articles AS a ON a.Id = s.rowid
            WHERE ArticleSearch MATCH {query} AND a.WithdrawnUtc IS NULL
            ORDER BY bm25(ArticleSearch, 10.0, 4.0, 1.0, 2.0)
            LIMIT {pageSize} OFFSET {offset}
            """)
            .ToListAsync(cancellationToken);
        return ([.. rows.Select(r => new SearchHit(r.Title, ArticleUrls.Of(r.SectionSlug, r.Slug), r.PublishedUtc, Highlight(r.Snippet)))], total);
    }

    private static async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchPostgresAsync(NewsDbContext db, string tsQuery, PageNumber page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await db.Database.SqlQuery<int>(
            $"""
            SELECT COUNT(*)::integer AS "Value"
            FROM "ArticleSearch" AS s JOIN "Articles" AS a ON a."Id" = s."ArticleId"
            WHERE s."Document" @@ to_tsquery('newssite_english', {tsQuery}) AND a."WithdrawnUtc" IS NULL
            """)
            .SingleAsync(cancellationToken);
        if (page.Offset(total, pageSize) is not { } offset)
        {
            return ([], total);
        }


        // Ranked first, then the snippets of just one page: ts_headline re-reads the text.
        const string HeadlineOptions = $"StartSel={Open}, StopSel={Close}, MaxWords=24, MinWords=12";
        var rows = await db.Database.SqlQuery<Row>(
            $"""
            WITH q AS (SELECT to_tsquery('newssite_english', {tsQuery}) AS query),
            hits AS (
                SELECT s."ArticleId", ts_rank(ARRAY[0.1, 0.2, 0.4, 1.0]::real[], s."Document", q.query) AS "Rank"
                FROM "ArticleSearch" AS s CROSS JOIN q JOIN "Articles" AS a ON a."Id" = s."ArticleId"
                WHERE s."Document" @@ q.query AND a."WithdrawnUtc" IS NULL
                ORDER BY "Rank" DESC, s."ArticleId"
                LIMIT {pageSize} OFFSET {offset})
            SELECT a."Title", a."SectionSlug", a."Slug", a."PublishedUtc",
                ts_headline('newssite_english', concat_ws(chr(10), s."Title", s."Standfirst", s."Body", s."Captions"), q.query, {HeadlineOptions}) AS "Snippet"
            FROM hits AS h
            JOIN "Articles" AS a ON a."Id" = h."ArticleId"
            JOIN "ArticleSearch" AS s ON s."ArticleId" = h."ArticleId"
            CROSS JOIN q
            ORDER BY h."Rank" DESC, h."ArticleId"
            """)
            .ToListAsync(cancellationToken);
        return ([.. rows.Select(r => new SearchHit(r.Title, ArticleUrls.Of(r.SectionSlug, r.Slug), r.PublishedUtc, Highlight(r.Snippet)))], total);
    }

    // Matches next to each other (a phrase; PostgreSQL marks it word by word) become one mark.
    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(AdjacentMatches().Replace(snippet, "$1")).Replace(Open, "<mark>", StringComparison.Ordinal).Replace(Close, "</mark>", StringComparison.Ordinal);

    [GeneratedRegex("\u0002( +)\u0001")]
    private static partial Regex AdjacentMatches();

    private sealed record Row(string Title, string SectionSlug, string Slug, DateTime PublishedUtc, string Snippet);
}
