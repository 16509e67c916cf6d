using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SQLitePCL;

namespace NewsSite.Web.Data;

/// <summary>A search hit: the article and a snippet of the matching text, HTML-encoded with the matches in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Title, string Url, DateTime PublishedUtc, string SnippetHtml);

/// <summary>One page of a search's hits, how many articles match in all, and whether they are ranked (else newest first).</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, bool Ranked);

/// <summary>
/// Full-text search over headlines, standfirsts, paragraphs and captions, for a query read by
/// <see cref="SearchQuery"/>: SQLite FTS5 ranked by BM25, or PostgreSQL's tsvector (GIN index)
/// ranked by ts_rank with the same column weights.
/// </summary>
/// <remarks>
/// The work is bounded whatever the store holds: the matches are counted first from the index
/// alone, and ranking, which reads every match's text, runs only when at most
/// <see cref="SearchOptions.RankedMatches"/> match; a broader search lists its matches newest first.
/// Snippets are made for the page's hits only. Each statement is stopped after
/// <see cref="SearchOptions.Timeout"/> (a progress handler on SQLite, <c>statement_timeout</c> on PostgreSQL).
/// </remarks>
public static partial class ArticleSearch
{
    // Control characters mark the matches in snippet(): the seed readers refuse them in seed text.
    private const string Open = "\u0001";
    private const string Close = "\u0002";

    // SQLite calls the progress handler every this many virtual-machine instructions: well under a millisecond of work.
    private const int ProgressInstructions = 1000;

    /// <summary>One page of hits; none when the query has no words.</summary>
    /// <exception cref="TimeoutException">A statement ran longer than <see cref="SearchOptions.Timeout"/> and the store stopped it.</exception>
    public static async Task<SearchResults> SearchAsync(this NewsDbContext db, SearchQuery query, int page, int pageSize, SearchOptions options, CancellationToken cancellationToken)
    {
        if (query.Fts5 is not { } fts5 || query.TsQuery is not { } tsQuery || query.TsRankQuery is not { } tsRankQuery)
        {
            return new SearchResults([], 0, Ranked: true);
        }

        // In 64 bits: a page far past the end must find nothing, never wrap to an early page.
        var limits = new Limits((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue), pageSize, options.RankedMatches, options.Timeout);
        var (total, rows) = db.Database.IsSqlite()
            ? await SearchSqliteAsync(db, fts5, limits, cancellationToken)
            : await SearchPostgresAsync(db, tsQuery, tsRankQuery, limits, cancellationToken);
        return new SearchResults(
            [.. rows.Select(r => new SearchHit(r.Title, ArticleUrls.Of(r.SectionSlug, r.Slug), r.PublishedUtc, Highlight(r.Snippet)))],
            total,
            Ranked: total <= options.RankedMatches);
    }

    private static async Task<(int Total, List<Row> Rows)> SearchSqliteAsync(NewsDbContext db, string query, Limits limits, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
            var total = await WithinAsync(handle, limits.Timeout, () => db.Database.SqlQuery<int>(
                $"SELECT COUNT(*) AS Value FROM ArticleSearch AS s JOIN Articles AS a ON a.Id = s.rowid WHERE s.ArticleSearch MATCH {query} AND a.WithdrawnUtc IS NULL")
                .SingleAsync(cancellationToken));
            if (total <= limits.Offset)
            {
                return (total, []);
            }

            // snippet() runs for the page's rows only: FTS5 sorts by its rank column itself; newest first,
            // the page's rows are found first, then read in one pass over the index between the least
            // and greatest of their ids (the + keeps SQLite from looking each one up, which rebuilds a
            // prefix's list of articles every time).
            var rows = total <= limits.RankedMatches
                ? db.Database.SqlQuery<Row>(
                    $"""
                    SELECT a.Title, a.SectionSlug, a.Slug, a.PublishedUtc, snippet(ArticleSearch, -1, {Open}, {Close}, '…', 24) AS Snippet
                    FROM ArticleSearch AS s
                    JOIN Articles AS a ON a.Id = s.rowid
                    WHERE s.ArticleSearch MATCH {query} AND s.rank MATCH 'bm25(10.0, 4.0, 1.0, 2.0)' AND a.WithdrawnUtc IS NULL
                    ORDER BY s.rank
                    LIMIT {limits.PageSize} OFFSET {limits.Offset}
                    """)
                : db.Database.SqlQuery<Row>(
                    $"""
                    WITH page AS (
                        SELECT p.Id FROM ArticleSearch AS f JOIN Articles AS p ON p.Id = f.rowid
                        WHERE f.ArticleSearch MATCH {query} AND p.WithdrawnUtc IS NULL
                        ORDER BY p.PublishedUtc DESC, p.Id DESC
                        LIMIT {limits.PageSize} OFFSET {limits.Offset})
                    SELECT a.Title, a.SectionSlug, a.Slug, a.PublishedUtc, snippet(ArticleSearch, -1, {Open}, {Close}, '…', 24) AS Snippet
                    FROM ArticleSearch AS s
                    JOIN Articles AS a ON a.Id = s.rowid
                    WHERE s.ArticleSearch MATCH {query}
                        AND s.rowid BETWEEN (SELECT MIN(Id) FROM page) AND (SELECT MAX(Id) FROM page) AND +s.rowid IN (SELECT Id FROM page)
                    ORDER BY a.PublishedUtc DESC, a.Id DESC
                    """);
            return (total, await WithinAsync(handle, limits.Timeout, () => rows.ToListAsync(cancellationToken)));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // SQLite has no statement timeout: its progress handler, called as the statement works, stops it
    // (SQLITE_INTERRUPT) once it has run for the timeout. Microsoft.Data.Sqlite cannot cancel a
    // running statement (dotnet/efcore#38757), and the handler runs on the statement's own thread.
    private static async Task<T> WithinAsync<T>(sqlite3 handle, TimeSpan timeout, Func<Task<T>> statement)
    {
        var started = Stopwatch.GetTimestamp();
        raw.sqlite3_progress_handler(handle, ProgressInstructions, _ => Stopwatch.GetElapsedTime(started) > timeout ? 1 : 0, null);
        try
        {
            return await statement();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == raw.SQLITE_INTERRUPT)
        {
            throw new TimeoutException($"The search was stopped after {timeout.TotalMilliseconds:0} ms.", ex);
        }
        finally
        {
            raw.sqlite3_progress_handler(handle, 0, null, null);
        }
    }

    private static async Task<(int Total, List<Row> Rows)> SearchPostgresAsync(NewsDbContext db, string tsQuery, string tsRankQuery, Limits limits, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // The settings last until the transaction ends. Without a sequential scan the planner reads
            // matches from the GIN index; a scan would read every article's tsvector from TOAST, which
            // costs ten times as much when most articles match, and the planner does not count that.
            // Each search is planned for its own words: a plan made for none of them (the generic plan
            // PostgreSQL adopts for a statement prepared and run five times) can cost twice as much.
            var milliseconds = ((int)Math.Ceiling(limits.Timeout.TotalMilliseconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlAsync(
                $"SELECT set_config('statement_timeout', {milliseconds}, true), set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_custom_plan', true)",
                cancellationToken);
            var total = await db.Database.SqlQuery<int>(
                $"""
                SELECT COUNT(*)::integer AS "Value"
                FROM "ArticleSearch" AS s JOIN "Articles" AS a ON a."Id" = s."ArticleId"
                WHERE s."Document" @@ to_tsquery('newssite_english', {tsQuery}) AND a."WithdrawnUtc" IS NULL
                """)
                .SingleAsync(cancellationToken);
            if (total <= limits.Offset)
            {
                return (total, []);
            }

            // The page's hits first, then the snippets of just those: ts_headline re-reads the text.
            const string HeadlineOptions = $"StartSel={Open}, StopSel={Close}, MaxWords=24, MinWords=12";
            var rows = total <= limits.RankedMatches
                ? db.Database.SqlQuery<Row>(
                    $"""
                    WITH q AS (SELECT to_tsquery('newssite_english', {tsQuery}) AS query, to_tsquery('newssite_english', {tsRankQuery}) AS words),
                    hits AS (
                        SELECT s."ArticleId", ts_rank(ARRAY[0.1, 0.2, 0.4, 1.0]::real[], s."Document", q.words) AS "Rank"
                        FROM "ArticleSearch" AS s CROSS JOIN q JOIN "Articles" AS a ON a."Id" = s."ArticleId"
                        WHERE s."Document" @@ q.query AND a."WithdrawnUtc" IS NULL
                        ORDER BY "Rank" DESC, s."ArticleId"
                        LIMIT {limits.PageSize} OFFSET {limits.Offset})
                    SELECT a."Title", a."SectionSlug", a."Slug", a."PublishedUtc",
                        ts_headline('newssite_english', concat_ws(chr(10), s."Title", s."Standfirst", s."Body", s."Captions"), q.query, {HeadlineOptions}) AS "Snippet"
                    FROM hits AS h
                    JOIN "Articles" AS a ON a."Id" = h."ArticleId"
                    JOIN "ArticleSearch" AS s ON s."ArticleId" = h."ArticleId"
                    CROSS JOIN q
                    ORDER BY h."Rank" DESC, h."ArticleId"
                    """)
                : db.Database.SqlQuery<Row>(
                    $"""
                    WITH q AS (SELECT to_tsquery('newssite_english', {tsQuery}) AS query),
                    hits AS (
                        SELECT s."ArticleId", a."PublishedUtc"
                        FROM "ArticleSearch" AS s CROSS JOIN q JOIN "Articles" AS a ON a."Id" = s."ArticleId"
                        WHERE s."Document" @@ q.query AND a."WithdrawnUtc" IS NULL
                        ORDER BY a."PublishedUtc" DESC, a."Id" DESC
                        LIMIT {limits.PageSize} OFFSET {limits.Offset})
                    SELECT a."Title", a."SectionSlug", a."Slug", a."PublishedUtc",
                        ts_headline('newssite_english', concat_ws(chr(10), s."Title", s."Standfirst", s."Body", s."Captions"), q.query, {HeadlineOptions}) AS "Snippet"
                    FROM hits AS h
                    JOIN "Articles" AS a ON a."Id" = h."ArticleId"
                    JOIN "ArticleSearch" AS s ON s."ArticleId" = h."ArticleId"
                    CROSS JOIN q
                    ORDER BY h."PublishedUtc" DESC, h."ArticleId" DESC
                    """);
            var list = await rows.ToListAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (total, list);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.QueryCanceled)
        {
            throw new TimeoutException($"The search was stopped after {limits.Timeout.TotalMilliseconds:0} ms.", ex);
        }
    }

    // Matches next to each other (a phrase; PostgreSQL marks it word by word) become one mark.
    private static string Highlight(string snippet) =>
        WebUtility.HtmlEncode(AdjacentMatches().Replace(snippet, "$1")).Replace(Open, "<mark>", StringComparison.Ordinal).Replace(Close, "</mark>", StringComparison.Ordinal);

    [GeneratedRegex("\u0002( +)\u0001")]
    private static partial Regex AdjacentMatches();

    private sealed record Limits(int Offset, int PageSize, int RankedMatches, TimeSpan Timeout);

    private sealed record Row(string Title, string SectionSlug, string Slug, DateTime PublishedUtc, string Snippet);
}
