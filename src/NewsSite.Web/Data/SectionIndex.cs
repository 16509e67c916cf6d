using Microsoft.EntityFrameworkCore;

namespace NewsSite.Web.Data;

/// <summary>Rebuilds the derived <see cref="Section"/> and <see cref="SectionTeaser"/> rows of the sections an import touched.</summary>
public static class SectionIndex
{
    public static async Task RefreshAsync(this NewsDbContext db, IReadOnlyCollection<string> sectionSlugs, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql() && sectionSlugs.Count > 0)
        {
            // An import may have just written thousands of rows in this transaction: without fresh
            // statistics PostgreSQL plans the per-teaser headline check below as a filter over
            // every article of the section (quadratic) instead of a lookup by headline.
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "Articles", "Teasers" """, cancellationToken);
        }

        foreach (var chunk in sectionSlugs.Distinct().Chunk(100))
        {
            var slugs = chunk.ToList();
            await db.SectionTeasers.Where(t => slugs.Contains(t.SectionSlug)).ExecuteDeleteAsync(cancellationToken);
            await db.Sections.Where(s => slugs.Contains(s.Slug)).ExecuteDeleteAsync(cancellationToken);
            foreach (var slug in slugs)
            {
                await RefreshSectionAsync(db, slug, cancellationToken);
            }
        }
    }

    private static async Task RefreshSectionAsync(NewsDbContext db, string slug, CancellationToken cancellationToken)
    {
        // Each headline once: its newest capture, and its place in that capture's sidebar.
        // Names are quoted so the same SQL runs on SQLite and PostgreSQL.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "SectionTeasers" ("SectionSlug", "Headline", "CapturedUtc", "Position")
            SELECT t."SectionSlug", t."Headline", MAX(t."CapturedUtc"), MIN(t."Position")
            FROM "Teasers" AS t
            JOIN "Articles" AS a ON a."Id" = t."ArticleId" AND a."WithdrawnUtc" IS NULL
            WHERE t."SectionSlug" = {slug}
              AND NOT EXISTS (SELECT 1 FROM "Articles" AS b WHERE b."Title" = t."Headline" AND b."SectionSlug" = {slug} AND b."WithdrawnUtc" IS NULL)
            GROUP BY t."SectionSlug", t."Headline"
            """,
            cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Sections" ("Slug", "Name", "ArticleCount", "TeaserCount")
            SELECT {slug}, MAX(a."Section"), COUNT(*), (SELECT COUNT(*) FROM "SectionTeasers" WHERE "SectionSlug" = {slug})
            FROM "Articles" AS a
            WHERE a."SectionSlug" = {slug} AND a."WithdrawnUtc" IS NULL
            HAVING COUNT(*) > 0
            """,
            cancellationToken);
    }
}
