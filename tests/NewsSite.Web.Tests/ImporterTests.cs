using Microsoft.EntityFrameworkCore;
using NewsSite.Web.Data;
using NewsSite.Web.Import;

namespace NewsSite.Web.Tests;

/// <summary>Each test gets a site of its own, since each changes the store.</summary>
public sealed class ImporterTests : IDisposable
{
    private readonly NewsSiteFactory _site = new();

    public ImporterTests() => _site.CreateClient(); // starts the host: migrations and the start-up import

    [Fact]
    public async Task Import_SameFilesTwice_ChangesNothing()
    {
        var before = await SnapshotAsync();

        var report = await _site.ImportAsync();

        Assert.Equal(report.Files.Count, report.Unchanged);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Import_FileReadByOlderRules_IsReadAgainOnceThenUnchanged()
    {
        var current = "/r" + NewsSite.Ingestion.SeedParser.RulesVersion;
        await _site.QueryAsync(db => db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.ContentHash, x => x.ContentHash.Replace(current, "/r1"))));

        var reread = await _site.ImportAsync();
        var again = await _site.ImportAsync();

        Assert.Equal(ImportOutcome.Updated, Assert.Single(reread.Files).Outcome);
        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(again.Files).Outcome);
        Assert.EndsWith(current, await _site.QueryAsync(db => db.Articles.Select(a => a.ContentHash).SingleAsync()));
    }

    [Fact]
    public async Task Import_ChangedFile_UpdatesItsArticleInPlaceKeepingItsUrl()
    {
        _site.WriteSeed("b.txt", SeedText.Article("Original headline", paragraphs: ["First standfirst.", "First body."]));
        await _site.ImportAsync();
        var original = await _site.QueryAsync(db => db.Articles.SingleAsync(a => a.SourceFile == "b.txt"));

        _site.WriteSeed("b.txt", SeedText.Article("Edited headline", paragraphs: ["Second standfirst.", "Second body.", "Another paragraph."]));
        var report = await _site.ImportAsync();

        Assert.Equal(ImportOutcome.Updated, report.Files.Single(f => f.File == "b.txt").Outcome);
        var page = await _site.GetDocumentAsync(ArticleUrls.Of(original));
        Assert.Equal("Edited headline", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(["Second body.", "Another paragraph."], page.QuerySelectorAll(".article-body p").Select(p => p.TextContent));
        Assert.NotNull(page.QuerySelector(".article-updated time"));
        Assert.Equal(original.Id, await _site.QueryAsync(db => db.Articles.Where(a => a.SourceFile == "b.txt").Select(a => a.Id).SingleAsync()));
    }

    [Fact]
    public async Task Import_BrokenFile_IsReportedWhileOthersImportAndItsStoredArticleStays()
    {
        _site.WriteSeed("c.txt", SeedText.Article("Stored before it broke"));
        await _site.ImportAsync();

        _site.WriteSeed("c.txt", "Stored before it broke\n\n31 February 2023, 10:00\n");
        _site.WriteSeed("d.txt", SeedText.Article("A new arrival"));
        var report = await _site.ImportAsync();

        var failed = report.Files.Single(f => f.File == "c.txt");
        Assert.Equal(ImportOutcome.Failed, failed.Outcome);
        Assert.Equal("line 3: 31 February 2023 is not a date (February 2023 has 28 days)", failed.Error);
        Assert.Equal(ImportOutcome.Added, report.Files.Single(f => f.File == "d.txt").Outcome);
        var titles = await _site.QueryAsync(db => db.Articles.Select(a => a.Title).ToListAsync());
        Assert.Contains("Stored before it broke", titles);
        Assert.Contains("A new arrival", titles);
    }

    [Fact]
    public async Task Import_BinaryAndEmptyFiles_AreReportedNotFatal()
    {
        File.WriteAllBytes(Path.Combine(_site.SeedsFolder, "binary.txt"), [0x00, 0xFF, 0xFE, 0x12]);
        _site.WriteSeed("empty.txt", "");
        _site.WriteSeed("good.txt", SeedText.Article("Good news"));

        var report = await _site.ImportAsync();

        Assert.Equal(2, report.Failed);
        Assert.Equal(1, report.Added);
    }

    [Fact]
    public async Task Article_SeedTextWithMarkup_RendersAsText()
    {
        _site.WriteSeed("x.txt", SeedText.Article("<script>alert('x')</script> & <b>bold</b>", paragraphs: ["Standfirst with <img src=x onerror=alert(1)>.", "*Not emphasis* and # not a heading"]));
        var report = await _site.ImportAsync();
        var url = report.Files.Single(f => f.File == "x.txt").Url!;

        var page = await _site.GetDocumentAsync(url);

        Assert.Equal("<script>alert('x')</script> & <b>bold</b>", page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script, main b, main img"));
        Assert.Equal("*Not emphasis* and # not a heading", page.QuerySelector(".article-body p")?.TextContent);
    }

    [Fact]
    public async Task Sidebar_ListsOtherArticlesOfTheSectionFirstAndLinksTeasersTheStoreHolds()
    {
        _site.WriteSeed("e.txt", SeedText.Article("Passenger plane struck by bullet close to the cockpit as it prepared to take off from the airport", "20 November 2024, 08:00"));
        _site.WriteSeed("f.txt", SeedText.Article("Sport story", section: "Sport"));
        var report = await _site.ImportAsync();

        var page = await _site.GetDocumentAsync("/world/china-and-north-korea-loom-as-top-us-officials-head-to-asia");

        var items = page.QuerySelectorAll("aside li").ToList();
        Assert.Equal(16, items.Count);
        var first = items[0].QuerySelector("a")!;
        Assert.Equal(report.Files.Single(f => f.File == "e.txt").Url, first.GetAttribute("href"));
        Assert.Single(items, i => i.TextContent.Contains("Passenger plane struck by bullet"));
        Assert.DoesNotContain(items, i => i.TextContent.Contains("Sport story"));
        Assert.DoesNotContain(page.QuerySelectorAll("aside a"), a => a.GetAttribute("href") is "" or "#");
    }

    [Fact]
    public async Task Import_SameHeadlineTwice_GivesEachArticleItsOwnUrl()
    {
        _site.WriteSeed("g1.txt", SeedText.Article("Twin headline", "1 May 2023, 10:00"));
        _site.WriteSeed("g2.txt", SeedText.Article("Twin headline", "2 May 2023, 10:00"));

        var report = await _site.ImportAsync();

        Assert.Equal("/world/twin-headline", report.Files.Single(f => f.File == "g1.txt").Url);
        Assert.Equal("/world/twin-headline-2", report.Files.Single(f => f.File == "g2.txt").Url);
    }

    [Fact]
    public async Task Import_CrashAfterWritingEveryRow_LeavesTheStoreAsItWasAndTheNextImportRuns()
    {
        var before = await SnapshotAsync();
        var history = await HistoryAsync();
        var articlesBefore = before.Count;
        _site.WriteSeed("h.txt", SeedText.Article("Never committed", paragraphs: ["A standfirst.", "Quokka sightings rose sharply."]));
        File.AppendAllText(Path.Combine(_site.SeedsFolder, "000_20ca1ab23c72d2da.txt"), "\nAn extra paragraph.\n");
        _site.FailNextCommit = true;

        await Assert.ThrowsAsync<InvalidOperationException>(_site.ImportAsync);

        // The crash came after the new article and its search row were written inside the transaction.
        Assert.Equal((articlesBefore + 1, articlesBefore + 1), _site.RowsSeenBeforeCrash);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(history, await HistoryAsync());
        var search = await _site.GetDocumentAsync("/search?q=quokka");
        Assert.Equal("0 articles found.", search.QuerySelector(".search-count")?.TextContent);
        var retried = await _site.ImportAsync();
        Assert.Equal(ImportOutcome.Added, retried.Files.Single(f => f.File == "h.txt").Outcome);
    }

    [Fact]
    public async Task Store_Model_HasNoChangesMissingFromTheMigrations()
    {
        Assert.False(await _site.QueryAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
        Assert.Empty(await _site.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
    }

    [SqliteFact]
    public async Task Store_IsInWalMode()
    {
        var mode = await _site.QueryAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Equal("wal", Assert.Single(mode));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Every article's identity, content and rows.</summary>
    private Task<List<string>> SnapshotAsync() => _site.QueryAsync(db => db.Articles
        .OrderBy(a => a.Id)
        .Select(a => a.Id + "|" + a.Slug + "|" + a.Title + "|" + a.ContentHash + "|" + a.UpdatedUtc + "|" + a.Blocks.Count + "|" + a.Teasers.Count)
        .ToListAsync());

    private Task<(int Runs, int Revisions)> HistoryAsync() => _site.QueryAsync(async db => (await db.ImportRuns.CountAsync(), await db.Revisions.CountAsync()));
}
