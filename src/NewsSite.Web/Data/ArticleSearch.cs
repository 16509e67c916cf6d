using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

/// <summary>A search hit: the article and a snippet of the matching text, HTML-encoded with the matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Title, string Url, DateTime PublishedUtc, string SnippetHtml);

/// <summary>Full-text search over headlines, standfirsts, paragraphs and captions (SQLite FTS5, ranked by BM25).</summary>
public static class ArticleSearch
{
    // Control characters mark the matches in snippet(): the seed readers refuse them in seed text.
    private const string Open = "\u0001";
    private const string Close = "\u0002";

    /// <summary>One page of hits for an FTS5 query, or null when the query is not valid FTS5 syntax.</summary>
    public static async Task<(IReadOnlyList<SearchHit> Hits, int Total)?> SearchAsync(this NewsDbContext db, string query, int page, int pageSize, CancellationToken cancellationToken)
    {
        try
        {
            var total = await db.Database.SqlQuery<int>(
                $"SELECT COUNT(*) AS Value FROM ArticleSearch AS s JOIN Articles AS a ON a.Id = s.rowid WHERE ArticleSearch MATCH {query} AND a.WithdrawnUtc IS NULL")
                .SingleAsync(cancellationToken);
            var rows = await db.Database.SqlQuery<Row>(
                $"""
                SELECT a.Title, a.SectionSlug, a.Slug, a.PublishedUtc, snippet(ArticleSearch, -1, {Open}, {Close}, '…', 24) AS Snippet
                FROM ArticleSearch AS s
                JOIN Articles AS a ON a.Id = s.rowid
                WHERE ArticleSearch MATCH {query} AND a.WithdrawnUtc IS NULL
                ORDER BY bm25(ArticleSearch, 10.0, 4.0, 1.0, 2.0)
                LIMIT {pageSize} OFFSET {(page - 1) * pageSize}
                """)
                .ToListAsync(cancellationToken);
            return ([.. rows.Select(r => new SearchHit(r.Title, ArticleUrls.Of(r.SectionSlug, r.Slug), r.PublishedUtc, Highlight(r.Snippet)))], total);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1)
        {
            // FTS5 syntax errors ("fts5: syntax error near …", "unterminated string", "no such column") are the user's, not ours.
            return null;
        }
    }

    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(Open, "<mark>", StringComparison.Ordinal).Replace(Close, "</mark>", StringComparison.Ordinal);

    private sealed record Row(string Title, string SectionSlug, string Slug, DateTime PublishedUtc, string Snippet);
}
