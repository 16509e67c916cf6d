using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>
/// Imports a folder of seeds: parses every file first, then writes all changes in one
/// transaction. Unchanged files (same hash) are skipped, changed ones update their article in
/// place, and a file that fails leaves whatever the store held for it untouched.
/// </summary>
public sealed class SeedImporter(NewsDbContext db, IOptions<ImportOptions> importOptions, IOptions<SiteOptions> siteOptions, TimeProvider clock, ILogger<SeedImporter> logger)
{
    // Changes are saved every few hundred articles (inside the one transaction) to bound memory.
    private const int SaveBatchSize = 200;

    public async Task<ImportReport> ImportFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{folder}' does not exist.");
        }

        var files = SeedFiles.Find(folder);
        var seeds = new ParsedSeed[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => seeds[i] = ParsedSeed.Read(files[i], importOptions.Value.MaxSeedBytes));

        var known = await db.Articles.AsNoTracking()
            .Select(a => new KnownArticle(a.Id, a.SourceFile, a.ContentHash, a.SectionSlug, a.Slug))
            .ToDictionaryAsync(a => a.SourceFile, StringComparer.Ordinal, cancellationToken);
        var takenUrls = known.Values.Select(a => (a.SectionSlug, a.Slug)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;

        var results = new List<ImportFileResult>(seeds.Length);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pending = 0;
        foreach (var seed in seeds)
        {
            var result = await ImportAsync(seed, known.GetValueOrDefault(seed.Name), takenUrls, now, cancellationToken);
            results.Add(result);
            if (result.Outcome is ImportOutcome.Added or ImportOutcome.Updated && ++pending % SaveBatchSize == 0)
            {
                await SaveBatchAsync(cancellationToken);
            }
        }

        await SaveBatchAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var report = new ImportReport(results, Stopwatch.GetElapsedTime(started));
        logger.LogInformation(
            "Imported seeds from {Folder}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Failed} failed in {ElapsedMs:0} ms",
            folder, report.Added, report.Updated, report.Unchanged, report.Failed, report.Duration.TotalMilliseconds);
        return report;
    }

    private async Task<ImportFileResult> ImportAsync(ParsedSeed seed, KnownArticle? known, HashSet<(string, string)> takenUrls, DateTime now, CancellationToken cancellationToken)
    {
        if (!seed.Result.Succeeded)
        {
            logger.LogWarning("Seed {File} was not imported: {Reason}", seed.Name, seed.Result.Error.Message);
            return new ImportFileResult(seed.Name, ImportOutcome.Failed, Error: seed.Result.Error.Message);
        }

        if (known is not null && known.ContentHash == seed.Hash)
        {
            return new ImportFileResult(seed.Name, ImportOutcome.Unchanged, ArticleUrls.Of(known.SectionSlug, known.Slug));
        }

        var draft = seed.Result.Article;
        var section = draft.Section ?? siteOptions.Value.DefaultSection;
        Article article;
        if (known is null)
        {
            article = new Article { Slug = "", Section = section, SectionSlug = "", Title = draft.Title, SourceFile = seed.Name, ContentHash = seed.Hash!, ImportedUtc = now };
            db.Articles.Add(article);
        }
        else
        {
            // The old body and sidebar go in SQL so the new rows can take their positions.
            await db.Set<ArticleBlock>().Where(b => b.ArticleId == known.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Teasers.Where(t => t.ArticleId == known.Id).ExecuteDeleteAsync(cancellationToken);
            article = await db.Articles.SingleAsync(a => a.Id == known.Id, cancellationToken);
            article.ContentHash = seed.Hash!;
        }

        ArticleMapping.Apply(article, draft, section);
        article.UpdatedUtc = now;
        if (known is null || known.SectionSlug != article.SectionSlug)
        {
            article.Slug = UniqueSlug(article.SectionSlug, Slugs.From(draft.Title), takenUrls);
        }

        return new ImportFileResult(seed.Name, known is null ? ImportOutcome.Added : ImportOutcome.Updated, ArticleUrls.Of(article.SectionSlug, article.Slug));
    }

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static string UniqueSlug(string sectionSlug, string slug, HashSet<(string, string)> takenUrls)
    {
        var candidate = slug;
        for (var n = 2; !takenUrls.Add((sectionSlug, candidate)); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private sealed record KnownArticle(int Id, string SourceFile, string ContentHash, string SectionSlug, string Slug);
}
