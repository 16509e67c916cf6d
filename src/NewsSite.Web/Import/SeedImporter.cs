using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using NewsSite.Ingestion;
using NewsSite.Web.Caching;
using NewsSite.Web.Data;

namespace NewsSite.Web.Import;

/// <summary>
/// Imports a folder of seeds: parses every file first, then writes all changes and the run's
/// record in one transaction. Unchanged files (same hash) are skipped; a changed file updates
/// its article in place and keeps the old version as a revision; a file that fails leaves its
/// article as it was; an article whose file has gone is withdrawn, and returns with its file.
/// Each file's writes run in a savepoint of their own: whatever throws while one file is written
/// (the store refusing a value, a constraint, a bug) undoes that file's writes alone and is
/// reported as that file's failure, and every other file is still imported.
/// </summary>
public sealed class SeedImporter(
    NewsDbContext db,
    ImportGate gate,
    ContentVersion contentVersion,
    IOptions<ImportOptions> importOptions,
    IOptions<SiteOptions> siteOptions,
    TimeProvider clock,
    ILogger<SeedImporter> logger)
{
    // Files read and parsed at once: enough to keep both cores busy, few enough to bound memory.
    private const int ChunkSize = 256;

    // One file's writes, undone alone when they fail.
    private const string FileSavepoint = "seed_file";

    /// <summary>Runs the import, or returns null at once when another import is running (or, for <see cref="ImportRequest.OnlyIntoEmptyStore"/>, has filled the store, or <see cref="ImportRequest.Prepare"/> declined).</summary>
    /// <param name="request">The folder and who asked.</param>
    /// <param name="progress">Told how many files have been written of how many, for a progress bar: first 0 of N, once the import holds the lock.</param>
    public async Task<ImportReport?> TryImportAsync(ImportRequest request, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        using var entered = gate.TryEnter();
        if (entered is null)
        {
            return null;
        }

        if (!Directory.Exists(request.Folder))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{request.Folder}' does not exist.");
        }

        var started = Stopwatch.GetTimestamp();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await gate.TryLockStoreAsync(db, cancellationToken))
        {
            return null; // another node is importing
        }

        if (request.OnlyIntoEmptyStore && await db.Articles.AnyAsync(cancellationToken))
        {
            return null; // another node imported first
        }

        if (request.Prepare is not null && !await request.Prepare(cancellationToken))
        {
            return null; // the request itself found nothing it may import
        }

        var files = SeedFiles.Find(request.Folder);
        var known = await db.Articles.AsNoTracking()
            .Select(a => new KnownArticle(a.Id, a.SourceFile, a.ContentHash, a.Section, a.SectionSlug, a.Slug, a.WithdrawnUtc != null))
            .ToDictionaryAsync(a => a.SourceFile, StringComparer.Ordinal, cancellationToken);
        var addresses = await ArticleAddresses.LoadAsync(db, known.Values.Select(a => (a.Section, a.SectionSlug, a.Slug, a.Id)), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new ImportRun { StartedUtc = now, Trigger = request.Trigger, StartedBy = request.StartedBy, UploadedBy = request.UploadedBy, Folder = request.Folder };

        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        using var rows = ArticleRows.For(db);
        progress?.Report((0, files.Count)); // the import holds the lock and has counted its files

        // Files are read and parsed in parallel a chunk at a time, so memory holds one chunk, not the folder.
        var results = new List<ImportFileResult>(files.Count);
        var touchedSections = new HashSet<string>(StringComparer.Ordinal);
        var seeds = new ParsedSeed[ChunkSize];
        for (var start = 0; start < files.Count; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize, files.Count - start);
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                seeds[i] = ParsedSeed.Read(files[start + i], importOptions.Value.MaxSeedBytes, known.GetValueOrDefault(Path.GetFileName(files[start + i]))?.ContentHash));
            for (var i = 0; i < count; i++)
            {
                results.Add(await ImportAsync(seeds[i], known.GetValueOrDefault(seeds[i].Name), transaction, rows, addresses, touchedSections, run, cancellationToken));
            }

            db.ChangeTracker.Clear();
            progress?.Report((results.Count, files.Count));
        }

        // A folder that is empty is far more likely a mistake than the end of every article.
        if (request.WithdrawMissing && files.Count > 0)
        {
            var present = files.Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
            var withdrawn = await WithdrawMissingAsync(present, known.Values, now, cancellationToken);
            touchedSections.UnionWith(withdrawn.Select(w => w.SectionSlug));
            results.AddRange(withdrawn.Select(w => w.Result));
        }

        await db.RefreshAsync(touchedSections, cancellationToken);

        var report = new ImportReport(results, Stopwatch.GetElapsedTime(started));
        await RecordAsync(run.Id, report, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.RefreshAsync(CancellationToken.None);

        logger.LogInformation(
            "Import {RunId} of {Folder} by {Admin} ({Trigger}): {Added} added, {Updated} updated, {Unchanged} unchanged, {Withdrawn} withdrawn, {Restored} restored, {Failed} failed in {ElapsedMs:0} ms",
            run.Id, request.Folder, request.StartedBy ?? "-", request.Trigger, report.Added, report.Updated, report.Unchanged, report.Withdrawn, report.Restored, report.Failed, report.Duration.TotalMilliseconds);
        return report with { RunId = run.Id };
    }

    private async Task<ImportFileResult> ImportAsync(
        ParsedSeed seed,
        KnownArticle? known,
        IDbContextTransaction transaction,
        ArticleRows rows,
        ArticleAddresses addresses,
        HashSet<string> touchedSections,
        ImportRun run,
        CancellationToken cancellationToken)
    {
        var knownUrl = known is null ? null : ArticleUrls.Of(known.SectionSlug, known.Slug);
        if (seed.Result is { Succeeded: false } failed)
        {
            logger.LogWarning("Seed {File} was not imported: {Reason}", seed.Name, failed.Error.Message);
            return new ImportFileResult(seed.Name, ImportOutcome.Failed, knownUrl, failed.Error.Message);
        }

        var unchanged = known is not null && (seed.Result is null || known.ContentHash == seed.Hash);
        if (unchanged && !known!.Withdrawn)
        {
            return new ImportFileResult(seed.Name, ImportOutcome.Unchanged, knownUrl);
        }

        await transaction.CreateSavepointAsync(FileSavepoint, cancellationToken);
        try
        {
            var result = unchanged ? await RestoreAsync(seed, known!, touchedSections, cancellationToken) : await WriteAsync(seed, known, rows, addresses, touchedSections, run, cancellationToken);
            await transaction.ReleaseSavepointAsync(FileSavepoint, cancellationToken);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackToSavepointAsync(FileSavepoint, cancellationToken);
            rows.Discard();
            db.ChangeTracker.Clear();
            logger.LogError(ex, "Seed {File} was not imported: importing it failed", seed.Name);
            return new ImportFileResult(seed.Name, ImportOutcome.Failed, knownUrl, $"could not be imported: {ex.Message}");
        }
    }

    private async Task<ImportFileResult> RestoreAsync(ParsedSeed seed, KnownArticle known, HashSet<string> touchedSections, CancellationToken cancellationToken)
    {
        await db.Articles.Where(a => a.Id == known.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.WithdrawnUtc, (DateTime?)null), cancellationToken);
        touchedSections.Add(known.SectionSlug);
        return new ImportFileResult(seed.Name, ImportOutcome.Restored, ArticleUrls.Of(known.SectionSlug, known.Slug));
    }

    private async Task<ImportFileResult> WriteAsync(
        ParsedSeed seed, KnownArticle? known, ArticleRows rows, ArticleAddresses addresses, HashSet<string> touchedSections, ImportRun run, CancellationToken cancellationToken)
    {
        var draft = seed.Result!.Article!;
        var section = draft.Section ?? siteOptions.Value.DefaultSection;
        var sectionSlug = addresses.SectionSlug(section);

        // A changed seed keeps its URL; a new section moves it, and its old URL redirects (ArticleRedirect).
        var slug = known is not null && known.SectionSlug == sectionSlug ? known.Slug : addresses.TakeSlug(sectionSlug, draft.Title, known?.Id);
        var article = new Article
        {
            Id = known?.Id ?? 0,
            Slug = slug,
            Section = section,
            SectionSlug = sectionSlug,
            FirstPath = ArticleUrls.Of(sectionSlug, slug),
            Title = draft.Title,
            SourceFile = seed.Name,
            ContentHash = seed.Hash!,
            ImportedUtc = run.StartedUtc,
            UpdatedUtc = run.StartedUtc,
        };
        ArticleMapping.Apply(article, draft, section, sectionSlug);
        if (known is null)
        {
            rows.Insert(article);
        }
        else
        {
            await KeepRevisionAsync(known, run, cancellationToken);
            if (known.SectionSlug != sectionSlug)
            {
                await MoveAsync(known, article, cancellationToken);
            }

            rows.Replace(article);
        }

        touchedSections.Add(article.SectionSlug);
        if (known is not null)
        {
            touchedSections.Add(known.SectionSlug);
        }

        var outcome = known is null ? ImportOutcome.Added : known.Withdrawn ? ImportOutcome.Restored : ImportOutcome.Updated;
        return new ImportFileResult(seed.Name, outcome, ArticleUrls.Of(article.SectionSlug, article.Slug));
    }

    /// <summary>Keeps the stored version as a revision before it is replaced.</summary>
    private async Task KeepRevisionAsync(KnownArticle known, ImportRun run, CancellationToken cancellationToken)
    {
        var previous = await db.Articles.AsNoTracking().AsSplitQuery().Include(a => a.Blocks).Include(a => a.Teasers).SingleAsync(a => a.Id == known.Id, cancellationToken);
        db.Revisions.Add(new ArticleRevision
        {
            ArticleId = known.Id,
            ReplacedUtc = run.StartedUtc,
            ImportRunId = run.Id,
            ContentHash = previous.ContentHash,
            SeedText = SeedFormats.Write(ArticleMapping.ToDraft(previous, siteOptions.Value.DefaultSection), previous.SourceFile),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<(ImportFileResult Result, string SectionSlug)>> WithdrawMissingAsync(HashSet<string> present, IEnumerable<KnownArticle> known, DateTime now, CancellationToken cancellationToken)
    {
        var gone = known.Where(a => !a.Withdrawn && !present.Contains(a.SourceFile)).ToList();
        foreach (var chunk in gone.Chunk(500))
        {
            var ids = chunk.Select(a => a.Id).ToList();
            await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(a => a.SetProperty(x => x.WithdrawnUtc, now), cancellationToken);
        }

        return [.. gone.Select(a => (new ImportFileResult(a.SourceFile, ImportOutcome.Withdrawn, ArticleUrls.Of(a.SectionSlug, a.Slug)), a.SectionSlug))];
    }

    private async Task RecordAsync(int runId, ImportReport report, CancellationToken cancellationToken)
    {
        var run = await db.ImportRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        run.Duration = report.Duration;
        run.Added = report.Added;
        run.Updated = report.Updated;
        run.Unchanged = report.Unchanged;
        run.Withdrawn = report.Withdrawn;
        run.Restored = report.Restored;
        run.Failed = report.Failed;
        run.Files = [.. report.Files];
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The article's URL before the move answers 301 to its new one; a URL of its own it returns to is its URL again.</summary>
    private async Task MoveAsync(KnownArticle known, Article moved, CancellationToken cancellationToken)
    {
        await db.ArticleRedirects.Where(r => r.SectionSlug == moved.SectionSlug && r.Slug == moved.Slug).ExecuteDeleteAsync(cancellationToken);
        db.ArticleRedirects.Add(new ArticleRedirect { SectionSlug = known.SectionSlug, Slug = known.Slug, ArticleId = known.Id });
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record KnownArticle(int Id, string SourceFile, string ContentHash, string Section, string SectionSlug, string Slug, bool Withdrawn);
}
